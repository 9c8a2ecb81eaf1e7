import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { dischargeSchema, type Discharge } from '../../../../../shared/domain/resident-stays';
import { DISCHARGE_DESTINATIONS } from '../../../../../shared/enums/resident';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDraft } from '../../../drafts/useDraft';
import { validateWith } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { enumOptions } from '../fields/enum-options';
import { useShelterToday } from '../admit/today';
import type { StayResident } from './stay-resident';
import { DateField } from '../../../components/DateField';
import { useCan } from '../../../permissions/can';
import { FollowUpOffer } from '../../reintegration/FollowUpOffer';

interface Values extends Record<string, unknown> {
  dischargedOn: string;
  destination: string;
  reason: string;
}

function fromDraft(data: Partial<Values>, base: Values): Values {
  const out = { ...base };
  if (typeof data.dischargedOn === 'string') out.dischargedOn = data.dischargedOn;
  if (typeof data.destination === 'string' && (DISCHARGE_DESTINATIONS as readonly string[]).includes(data.destination))
    out.destination = data.destination;
  if (typeof data.reason === 'string') out.reason = data.reason.slice(0, 1000);
  return out;
}

interface Props {
  resident: StayResident;
  onClose: () => void;
  /** Gets the file as core returns it after the discharge. */
  onDone: (file: ResidentFile) => void;
}

/**
 * Ends the current stay: date, where she or he went, and why. The file, its history and
 * the code stay; the bed is free from the discharge date. Typing is kept as a draft per
 * resident, so a lock in the middle loses nothing.
 */
export function DischargeDialog({ resident, onClose, onDone }: Props) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const today = useShelterToday();
  const [values, setValues] = useState<Values>({ dischargedOn: today, destination: '', reason: '' });
  // After the discharge, those who schedule follow-ups are offered to start them here.
  const canSchedule = useCan('residents.reintegration.startSchedule');
  const [discharged, setDischarged] = useState<ResidentFile | null>(null);
  const form = useSubmission();
  const draft = useDraft(`stay.discharge:${resident.id}`, values, {
    onRestore: (data) => setValues((v) => fromDraft(data, v)),
  });

  const set = (key: keyof Values & string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const input = () => ({
    residentId: resident.id,
    dischargedOn: values.dischargedOn,
    // An empty choice is refused by the schema ("Required."), before anything is sent.
    destination: values.destination as Discharge['destination'],
    reason: values.reason,
  });

  const send = async () => {
    const file = await call('residents.discharge', input());
    await draft.discard();
    notifications.show({ color: 'green', message: t('stay.discharge.done', { name: file.displayName }) });
    onDone(file);
    if (canSchedule) setDischarged(file);
    else onClose();
  };

  const cancel = () => {
    void draft.discard();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('stay.discharge.title', { name: resident.displayName })} size="lg">
      {discharged ? (
        <FollowUpOffer residentId={discharged.id} name={discharged.displayName} onClose={onClose} />
      ) : (
        <form onSubmit={form.onSubmit(() => validateWith(t, dischargeSchema, input()), send)} noValidate>
          <Stack gap="md">
            {draft.restoredAt && (
              <Alert color="blue" variant="light">
                <Group justify="space-between">
                  <Text size="sm">{t('stay.discharge.restored', { time: formatDateTime(draft.restoredAt) })}</Text>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => (void draft.discard(), setValues({ dischargedOn: today, destination: '', reason: '' }))}
                  >
                    {t('common.startOver')}
                  </Button>
                </Group>
              </Alert>
            )}
            <Text>{t('stay.discharge.intro')}</Text>
            <DateField
              label={t('stay.discharge.dischargedOn')}
              value={values.dischargedOn}
              onChange={(v) => set('dischargedOn', v)}
              error={form.errors.dischargedOn}
              required
              data-autofocus
            />
            <Select
              label={t('stay.discharge.destination')}
              placeholder={t('admit.placeholders.choose')}
              data={enumOptions(t, 'dischargeDestination')}
              value={values.destination || null}
              onChange={(v) => set('destination', v ?? '')}
              error={form.errors.destination}
              required
              maw={420}
            />
            <Textarea
              label={t('stay.discharge.reason')}
              description={t('stay.discharge.reasonHelp')}
              value={values.reason}
              onChange={(e) => set('reason', e.currentTarget.value)}
              error={form.errors.reason}
              autosize
              minRows={2}
              maxRows={8}
            />
            {/* "Not in the shelter now" concerns the resident, not a field: it is the alert's own text. */}
            <ErrorAlert error={form.error} message={form.errors.residentId} />
            <DialogFormActions error={null} busy={form.busy} submitLabel={t('stay.discharge.submit')} onCancel={cancel} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
