import { Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { conferenceSaveSchema, type ConferenceView } from '../../../../shared/domain/rehab-conferences';
import { todayIn } from '../../../../shared/i18n/format';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useChannelData } from '../residents/file/useChannelData';

type ActionDraft = { description: string; ownerId: string | null; dueOn: string };
type Props = { residentId: string; onSaved: (list: ConferenceView[]) => void; onClose: () => void };

/** A case conference as typed; a refusal names its field and leaves every box as it was. */
export function ConferenceForm({ residentId, onSaved, onClose }: Props) {
  const t = useT();
  const today = todayIn(useTimeZone());
  const [heldOn, setHeldOn] = useState(today);
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [residentPresent, setResidentPresent] = useState(true);
  const [family, setFamily] = useState('');
  const [decisions, setDecisions] = useState('');
  const [actions, setActions] = useState<ActionDraft[]>([]);
  const [nextReviewOn, setNextReviewOn] = useState('');
  const form = useSubmission();
  const errors = form.errors;
  // Names only, from the one channel every conference writer may call.
  const pickers = useChannelData('directory.names', {});
  const staff = (pickers.data?.staff ?? []).map((s) => ({ value: s.id, label: s.displayName }));
  const partners = (pickers.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }));
  const setAction = (i: number, patch: Partial<ActionDraft>) => setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const save = async () => {
    const values = {
      residentId,
      heldOn,
      attendees: [
        ...staffIds.map((refId) => ({ kind: 'staff' as const, refId })),
        ...(residentPresent ? [{ kind: 'resident' as const }] : []),
        ...(family.trim() ? [{ kind: 'family' as const, name: family.trim() }] : []),
        ...partnerIds.map((refId) => ({ kind: 'partner' as const, refId })),
      ],
      decisions,
      actions: actions.map((a) => ({ description: a.description, ownerId: a.ownerId, dueOn: a.dueOn || null })),
      nextReviewOn: nextReviewOn || null,
    };
    await form.run(
      async () => {
        onSaved(await call('residents.conferences.save', values));
        onClose();
      },
      () => validateWith(t, conferenceSaveSchema, values),
    );
  };

  return (
    <Paper withBorder p="sm" role="group" aria-label={t('rehabForms.conference.title')}>
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('rehabForms.conference.title')}
        </Title>
        <Group align="flex-start" grow>
          <DateField label={t('rehabForms.conference.heldOn')} value={heldOn} onChange={setHeldOn} error={errors.heldOn} required />
          <DateField label={t('rehabUi.nextReview')} value={nextReviewOn} onChange={setNextReviewOn} error={errors.nextReviewOn} />
        </Group>
        {staff.length > 0 && (
          <MultiSelect label={t('rehabForms.conference.staff')} data={staff} value={staffIds} onChange={setStaffIds} searchable />
        )}
        {partners.length > 0 && (
          <MultiSelect label={t('rehabForms.conference.partners')} data={partners} value={partnerIds} onChange={setPartnerIds} searchable />
        )}
        <Checkbox
          label={t('rehabForms.conference.residentPresent')}
          checked={residentPresent}
          onChange={(e) => setResidentPresent(e.currentTarget.checked)}
        />
        <TextInput
          label={t('rehabForms.conference.family')}
          value={family}
          onChange={(e) => setFamily(e.currentTarget.value)}
          error={errors.attendees}
        />
        <Textarea
          label={t('rehabUi.decisions')}
          value={decisions}
          onChange={(e) => {
            setDecisions(e.currentTarget.value);
            // The refusal goes once its field is edited.
            form.clearFieldError('decisions');
          }}
          error={errors.decisions}
          required
          autosize
          minRows={2}
        />
        {actions.map((a, i) => (
          <Group key={i} align="flex-start" grow>
            <TextInput
              label={t('rehabForms.conference.action')}
              value={a.description}
              onChange={(e) => setAction(i, { description: e.currentTarget.value })}
              error={errors[`actions.${i}.description`]}
              required
            />
            <Select
              label={t('rehabForms.conference.owner')}
              data={staff}
              value={a.ownerId}
              onChange={(v) => setAction(i, { ownerId: v })}
              error={errors[`actions.${i}.ownerId`]}
              clearable
            />
            <DateField
              label={t('rehabForms.conference.dueOn')}
              value={a.dueOn}
              onChange={(v) => setAction(i, { dueOn: v })}
              error={errors[`actions.${i}.dueOn`]}
            />
          </Group>
        ))}
        <ErrorAlert error={form.error} />
        <Group>
          <Button size="xs" variant="default" onClick={() => setActions([...actions, { description: '', ownerId: null, dueOn: '' }])}>
            {t('rehabForms.conference.addAction')}
          </Button>
          <Button size="xs" onClick={() => void save()} loading={form.busy}>
            {t('rehabForms.conference.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('rehabForms.review.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
