import { Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { conferenceSaveSchema, type ConferenceView } from '../../../../shared/domain/rehab-conferences';
import { todayIn } from '../../../../shared/i18n/format';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useFormSubmit } from './useFormSubmit';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';

type Option = { value: string; label: string };
type ActionDraft = { description: string; ownerId: string | null; dueOn: string };
type Props = { residentId: string; onSaved: (list: ConferenceView[]) => void; onClose: () => void };

/** Staff and partners come from the directory only for roles that may list them; the others name family and the resident. */
export function ConferenceForm(props: Props) {
  const staff = useCan('residents.assignableStaff');
  const partners = useCan('partners.list');
  return staff && partners ? <WithDirectory {...props} /> : <Form {...props} staff={[]} partners={[]} />;
}

function WithDirectory(props: Props) {
  const staff = useChannelData('residents.assignableStaff', {});
  const partners = useChannelData('partners.list', { includeRemoved: false });
  return (
    <Form
      {...props}
      staff={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
      partners={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}

/** A case conference as typed; a refusal names its field and leaves every box as it was. */
function Form({ residentId, onSaved, onClose, staff, partners }: Props & { staff: Option[]; partners: Option[] }) {
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
  const { errors, setErrors, failure, busy, submit } = useFormSubmit();
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
    await submit(conferenceSaveSchema, values, async () => {
      onSaved(await call('residents.conferences.save', values));
      onClose();
    });
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
            setErrors(({ decisions: _gone, ...rest }) => rest);
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
        {failure && <ErrorAlert error={failure} />}
        <Group>
          <Button size="xs" variant="default" onClick={() => setActions([...actions, { description: '', ownerId: null, dueOn: '' }])}>
            {t('rehabForms.conference.addAction')}
          </Button>
          <Button size="xs" onClick={() => void save()} loading={busy}>
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
