import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { goalReviewAddSchema, type PlanView } from '../../../../shared/domain/rehab-plan';
import { todayIn } from '../../../../shared/i18n/format';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';

/**
 * A dated progress review of one saved goal. What was typed stays in the boxes after a
 * refusal; only a saved review clears them.
 */
export function GoalReviewForm({ residentId, goalId, onSaved }: { residentId: string; goalId: string; onSaved: (plan: PlanView) => void }) {
  const t = useT();
  const today = todayIn(useTimeZone());
  const [open, setOpen] = useState(false);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useSubmission();

  if (!open)
    return (
      <Group mt="xs">
        <Button size="xs" variant="light" onClick={() => setOpen(true)}>
          {t('rehabForms.review.add')}
        </Button>
      </Group>
    );

  // A refusal goes once its field is edited, so the message never outlives the mistake.
  const edit = (path: 'reviewedOn' | 'note', set: (v: string) => void) => (v: string) => {
    set(v);
    form.clearFieldError(path);
  };

  const save = async () => {
    const values = { residentId, goalId, reviewedOn, note };
    await form.run(
      async () => {
        onSaved(await call('residents.plan.reviewGoal', values));
        setNote('');
        setReviewedOn(today);
        setOpen(false);
      },
      () => validateWith(t, goalReviewAddSchema, values),
    );
  };

  return (
    <Stack gap="xs" mt="xs" role="group" aria-label={t('rehabForms.review.title')}>
      <Group align="flex-start" grow>
        <DateField
          label={t('rehabForms.review.date')}
          value={reviewedOn}
          onChange={edit('reviewedOn', setReviewedOn)}
          error={form.errors.reviewedOn}
          required
        />
      </Group>
      <Textarea
        label={t('rehabForms.review.note')}
        value={note}
        onChange={(e) => edit('note', setNote)(e.currentTarget.value)}
        error={form.errors.note ?? form.errors.goalId}
        required
        autosize
        minRows={2}
      />
      <ErrorAlert error={form.error} />
      <Group>
        <Button size="xs" onClick={() => void save()} loading={form.busy}>
          {t('rehabForms.review.save')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('rehabForms.review.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
