import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { partnerSaveSchema, type Partner } from '../../../../shared/domain/partners';
import { REFERRAL_OUT_ORGANISATION_TYPES, type ReferralOutOrganisationType } from '../../../../shared/enums/referral-out';
import { issuesToFieldErrors } from '../../../../shared/validation';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { fieldMessage, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';

/** Adds a partner to the directory, or corrects one (manager only; core refuses anyone else). */
export function PartnerModal({ partner, onClose, onSaved }: { partner: Partner | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [values, setValues] = useState({
    type: partner?.type ?? '',
    name: partner?.name ?? '',
    district: partner?.district ?? '',
    contactPerson: partner?.contactPerson ?? '',
    phone: partner?.phone ?? '',
  });
  const form = useSubmission({});
  const set = (key: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };
  const input = () => ({ ...(partner ? { id: partner.id } : {}), ...values, type: values.type as ReferralOutOrganisationType });
  const check = (): FieldErrors => {
    const r = partnerSaveSchema.safeParse(input());
    const errors: FieldErrors = {};
    if (!r.success) for (const f of issuesToFieldErrors(r.error.issues)) errors[f.path] ??= fieldMessage(t, f.code);
    return errors;
  };
  const send = async () => {
    await call('partners.save', input());
    onSaved();
  };
  return (
    <Modal opened onClose={onClose} title={partner ? partner.name : t('partners.add')} size="lg">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('partners.fields.type')}
              data={REFERRAL_OUT_ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`referralsOut.organisationType.${o}`) }))}
              value={values.type || null}
              onChange={(v) => set('type', v ?? '')}
              error={form.errors.type}
              required
              data-autofocus
            />
            <TextInput
              label={t('partners.fields.name')}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={form.errors.name}
              maxLength={120}
              required
            />
            <TextInput
              label={t('partners.fields.district')}
              value={values.district}
              onChange={(e) => set('district', e.currentTarget.value)}
              error={form.errors.district}
              maxLength={60}
            />
            <TextInput
              label={t('partners.fields.contactPerson')}
              value={values.contactPerson}
              onChange={(e) => set('contactPerson', e.currentTarget.value)}
              error={form.errors.contactPerson}
              maxLength={120}
            />
            <TextInput
              label={t('partners.fields.phone')}
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={form.errors.phone}
              maxLength={32}
            />
          </SimpleGrid>
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('partners.save')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
