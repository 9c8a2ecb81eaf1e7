import { Alert, Button, Checkbox, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { REFERRAL_OUT_STATUSES, type ReferralOutStatus } from '../../../../../shared/enums/referral-out';
import {
  CONSENT_OVERRIDE_REASONS,
  SHARING_CATEGORIES,
  type ConsentOverrideReason,
  type SharingCategory,
} from '../../../../../shared/enums/sharing';
import { referralOutCreateSchema } from '../../../../../shared/domain/resident-referrals-out';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { call } from '../../../api/client';
import { useDraft } from '../../../drafts/useDraft';
import { fieldMessage, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { ReferralTextFields } from './ReferralTextFields';
import { useT } from '../../../i18n/useT';
import { useSessionStore } from '../../../stores/session';
import { RecordFormPanel } from './RecordFormPanel';
import { SharingCategoriesField, usePartnerOptions } from './sharing-fields';
import { useShelterToday } from '../admit/today';
import { DateField } from '../../../components/DateField';

const draftKey = (residentId: string) => `residentFile.referralsOut.${residentId}`;

interface CreateValues extends Record<string, unknown> {
  partnerId: string;
  categories: SharingCategory[];
  referredOn: string;
  status: string;
  reason: string;
  notes: string;
  overrideOn: boolean;
  overrideReason: string;
  overrideNote: string;
}

/**
 * A referral out to a partner from the directory, with the parts of the file it carries.
 * Core refuses it without a sharing consent in force that covers both; the refusal links
 * to the Consent tab, and a manager or the assigned social worker may record an override.
 */
export function ReferralOutCreateForm({
  residentId,
  onCancel,
  onCreated,
}: {
  residentId: string;
  onCancel: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const today = useShelterToday();
  const role = useSessionStore((s) => s.user?.role);
  const [, setParams] = useSearchParams();
  const { groups } = usePartnerOptions(t);
  const [values, setValues] = useState<CreateValues>({
    partnerId: '',
    categories: [],
    referredOn: today,
    status: 'planned',
    reason: '',
    notes: '',
    overrideOn: false,
    overrideReason: '',
    overrideNote: '',
  });
  const [consentMissing, setConsentMissing] = useState(false);
  const form = useSubmission({
    onRefused: (error, view) => {
      setConsentMissing(error.code === 'CONSENT_REQUIRED');
      const fields: FieldErrors = {};
      for (const f of error.fields) if (f.path !== 'consent') fields[f.path] ??= fieldMessage(t, f.code);
      return { ...view, fields };
    },
  });
  const draft = useDraft(draftKey(residentId), values, {
    onRestore: (data) =>
      setValues((v) => {
        const next = { ...v };
        for (const k of ['partnerId', 'referredOn', 'status', 'reason', 'notes'] as const)
          if (typeof data[k] === 'string') next[k] = data[k];
        if (Array.isArray(data.categories))
          next.categories = data.categories.filter((c): c is SharingCategory => (SHARING_CATEGORIES as readonly unknown[]).includes(c));
        return next;
      }),
  });

  const set = <K extends keyof CreateValues & string>(key: K, value: CreateValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const input = () => ({
    residentId,
    partnerId: values.partnerId,
    categories: values.categories,
    referredOn: values.referredOn,
    status: values.status as ReferralOutStatus,
    reason: values.reason,
    notes: values.notes,
    ...(values.overrideOn ? { override: { reason: values.overrideReason as ConsentOverrideReason, note: values.overrideNote } } : {}),
  });
  const check = (): FieldErrors => {
    const r = referralOutCreateSchema.safeParse(input());
    const errors: FieldErrors = {};
    if (!r.success)
      for (const f of issuesToFieldErrors(r.error.issues)) errors[f.path.replace('override.', 'override')] ??= fieldMessage(t, f.code);
    if (!values.partnerId) errors.partnerId = fieldMessage(t, 'required');
    if (values.categories.length === 0) errors.categories = fieldMessage(t, 'required');
    return errors;
  };

  const send = async () => {
    setConsentMissing(false);
    await call('residents.referralsOut.create', input());
    await draft.discard();
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('referralsOut.created') });
    onCreated();
  };

  const mayOverride = role === 'manager' || role === 'social_worker';

  return (
    <RecordFormPanel
      title={t('referralsOut.addTitle')}
      titleOrder={4}
      draft={draft}
      restoredMessage={(time) => t('referralsOut.restored', { time })}
      onSubmit={form.onSubmit(check, send)}
      error={consentMissing ? null : form.error}
      busy={form.busy}
      submitLabel={t('referralsOut.save')}
      onCancel={onCancel}
    >
      {consentMissing && (
        <Alert color="red" icon={<IconLock size={18} />} role="alert" title={t('sharing.consentMissing')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('errors.CONSENT_REQUIRED')}</Text>
            <Button size="xs" variant="light" onClick={() => setParams({ tab: 'consent' })}>
              {t('sharing.openConsentTab')}
            </Button>
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('sharing.partnerLabel')}
          data={groups}
          value={values.partnerId || null}
          onChange={(v) => set('partnerId', v ?? '')}
          error={form.errors.partnerId}
          // Picking the chosen partner again (say, after a saved draft filled it in) keeps her.
          allowDeselect={false}
          searchable
          required
          autoFocus
        />
        <DateField
          label={t('referralsOut.referredOnLabel')}
          value={values.referredOn}
          max={today}
          onChange={(v) => set('referredOn', v)}
          error={form.errors.referredOn}
          required
        />
        <Select
          label={t('referralsOut.statusLabel')}
          data={REFERRAL_OUT_STATUSES.map((s) => ({ value: s, label: t(`referralsOut.status.${s}`) }))}
          value={values.status}
          onChange={(v) => set('status', v ?? 'planned')}
          error={form.errors.status}
          allowDeselect={false}
          required
        />
      </SimpleGrid>
      <SharingCategoriesField value={values.categories} onChange={(v) => set('categories', v)} error={form.errors.categories} />
      <ReferralTextFields values={values} errors={form.errors} onChange={set} />
      {mayOverride && (
        <Stack gap="xs">
          <Checkbox
            label={t('sharing.overrideTitle')}
            description={t('sharing.overrideIntro')}
            checked={values.overrideOn}
            onChange={(e) => set('overrideOn', e.currentTarget.checked)}
          />
          {values.overrideOn && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('sharing.overrideReasonLabel')}
                data={CONSENT_OVERRIDE_REASONS.map((r) => ({ value: r, label: t(`sharing.override.${r}`) }))}
                value={values.overrideReason || null}
                onChange={(v) => set('overrideReason', v ?? '')}
                error={form.errors.overrideReason ?? form.errors.override}
                required
              />
              <Textarea
                label={t('sharing.overrideNoteLabel')}
                value={values.overrideNote}
                onChange={(e) => set('overrideNote', e.currentTarget.value)}
                error={form.errors.overrideNote}
                maxLength={1000}
                autosize
                required
              />
            </SimpleGrid>
          )}
        </Stack>
      )}
    </RecordFormPanel>
  );
}
