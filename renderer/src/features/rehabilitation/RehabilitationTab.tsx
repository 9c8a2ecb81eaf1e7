import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { GOAL_DOMAINS, GOAL_STATUSES } from '../../../../shared/enums/rehabilitation';
import type { PlanView } from '../../../../shared/domain/rehab-plan';
import { planDifference } from '../../../../shared/rehabilitation/plan-diff';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormatDate, useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCanOnFile } from '../residents/file/useCanOnFile';
import { useChannelData } from '../residents/file/useChannelData';
import { ConferenceForm } from './ConferenceForm';
import { GoalReviewForm } from './GoalReviewForm';

type GoalDraft = {
  id?: string;
  domain: string;
  description: string;
  targetOn: string;
  status: string;
  droppedReason: string;
  responsibleId: string | null;
};

const toDraft = (p: PlanView): GoalDraft[] =>
  p.goals.map((g) => ({
    id: g.id,
    domain: g.domain,
    description: g.description,
    targetOn: g.targetOn ?? '',
    status: g.status,
    droppedReason: g.droppedReason ?? '',
    responsibleId: g.responsibleId,
  }));

/** The plan, its goals and reviews, earlier versions side by side, and case conferences. */
export function RehabilitationTab({ residentId }: { residentId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const canSave = useCanOnFile('residents.plan.save');
  const canReview = useCanOnFile('residents.plan.reviewGoal');
  const canConfer = useCanOnFile('residents.conferences.save');
  const [conferring, setConferring] = useState(false);
  const plan = useChannelData('residents.plan.get', { residentId });
  const versions = useChannelData('residents.plan.versions', { residentId });
  const conferences = useChannelData('residents.conferences.list', { residentId });
  const [goals, setGoals] = useState<GoalDraft[] | null>(null);
  const [nextReviewOn, setNextReviewOn] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return <PageLoader />;
  const p = plan.data;
  const editing = goals ?? toDraft(p);
  const review = nextReviewOn ?? p.nextReviewOn ?? '';
  const fieldError = (path: string) => {
    const f = error?.fields.find((x) => x.path === path);
    return f ? t(`residentValidation.${f.code}` as never) : undefined;
  };
  const update = (i: number, patch: Partial<GoalDraft>) => setGoals(editing.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await call('residents.plan.save', {
        residentId,
        baseVersion: p.version,
        nextReviewOn: review || null,
        goals: editing.map((g) => ({
          ...(g.id ? { id: g.id } : {}),
          domain: g.domain as (typeof GOAL_DOMAINS)[number],
          description: g.description,
          targetOn: g.targetOn || null,
          responsibleId: g.responsibleId,
          status: g.status as (typeof GOAL_STATUSES)[number],
          droppedReason: g.droppedReason || null,
        })),
      });
      plan.set(next);
      setGoals(null);
      setNextReviewOn(null);
      versions.reload();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const history = versions.data ?? [];
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <div>
          <Title order={3} size="h4">
            {t('rehabUi.planTitle')}
          </Title>
          {p.version > 0 && p.updatedAt && (
            <Text c="dimmed" size="sm">
              {t('rehabUi.version', { version: p.version, when: formatDateTime(p.updatedAt), name: p.updatedByName ?? '?' })}
            </Text>
          )}
        </div>
        <DateField
          label={t('rehabUi.nextReview')}
          value={review}
          onChange={setNextReviewOn}
          readOnly={!canSave}
          error={fieldError('nextReviewOn')}
        />
      </Group>
      {error && !error.fields.length && <ErrorAlert error={error} />}
      {editing.length === 0 && <Text c="dimmed">{t('rehabUi.noPlan')}</Text>}
      {editing.map((g, i) => (
        <Paper key={g.id ?? `new-${i}`} withBorder p="sm">
          <Group align="flex-start" grow>
            <Select
              label={t('rehabUi.domain')}
              value={g.domain}
              onChange={(v) => update(i, { domain: v ?? g.domain })}
              data={GOAL_DOMAINS.map((d) => ({ value: d, label: t(`rehabEnums.goalDomain.${d}`) }))}
              error={fieldError(`goals.${i}.domain`)}
              readOnly={!canSave}
            />
            <Select
              label={t('rehabUi.status')}
              value={g.status}
              onChange={(v) => update(i, { status: v ?? g.status })}
              data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`rehabEnums.goalStatus.${s}`) }))}
              readOnly={!canSave}
            />
            <DateField
              label={t('rehabUi.target')}
              value={g.targetOn}
              onChange={(v) => update(i, { targetOn: v })}
              error={fieldError(`goals.${i}.targetOn`)}
              readOnly={!canSave}
            />
          </Group>
          <Textarea
            mt="xs"
            label={t('rehabUi.description')}
            value={g.description}
            onChange={(e) => update(i, { description: e.currentTarget.value })}
            error={fieldError(`goals.${i}.description`)}
            readOnly={!canSave}
            autosize
          />
          {g.status === 'dropped' && (
            <TextInput
              mt="xs"
              label={t('rehabUi.droppedReason')}
              value={g.droppedReason}
              onChange={(e) => update(i, { droppedReason: e.currentTarget.value })}
              error={fieldError(`goals.${i}.droppedReason`)}
            />
          )}
          {p.goals
            .find((x) => x.id === g.id)
            ?.reviews.map((r) => (
              <Text key={r.id} size="sm" c="dimmed">
                {formatDate(r.reviewedOn)} — {r.note}
              </Text>
            ))}
          {canReview && g.id && (
            <GoalReviewForm
              residentId={residentId}
              goalId={g.id}
              // Only the reviews change: goals being edited above keep what was typed.
              onSaved={plan.set}
            />
          )}
        </Paper>
      ))}
      {canSave && (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setGoals([
                ...editing,
                { domain: 'psychosocial', description: '', targetOn: '', status: 'not_started', droppedReason: '', responsibleId: null },
              ])
            }
          >
            {t('rehabUi.addGoal')}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t('rehabUi.savePlan')}
          </Button>
        </Group>
      )}

      <Title order={3} size="h4">
        {t('rehabUi.versionsTitle')}
      </Title>
      {history.length < 2 ? (
        <Text c="dimmed">{t('rehabUi.noChanges')}</Text>
      ) : (
        history.slice(0, -1).map((v, i) => {
          const older = history[i + 1]!;
          return (
            <Paper key={v.version} withBorder p="sm">
              <Text fw={600} mb="xs">
                {t('rehabUi.compareWith', { version: older.version })} — {formatDateTime(v.savedAt)} ({v.savedByName ?? '?'})
              </Text>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rehabUi.field')}</Table.Th>
                    <Table.Th>{t('rehabUi.before')}</Table.Th>
                    <Table.Th>{t('rehabUi.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {planDifference(older.values, v.values).map((c, j) => (
                    <Table.Tr key={j}>
                      <Table.Td>
                        {c.field === 'nextReviewOn'
                          ? t('rehabUi.nextReview')
                          : c.field === 'goal'
                            ? t('rehabUi.goal')
                            : t(
                                `rehabUi.${c.field === 'targetOn' ? 'target' : c.field === 'domain' ? 'domain' : c.field === 'status' ? 'status' : 'description'}`,
                              )}
                      </Table.Td>
                      <Table.Td>{c.before ?? '—'}</Table.Td>
                      <Table.Td>{c.after ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          );
        })
      )}

      <Title order={3} size="h4">
        {t('rehabUi.conferencesTitle')}
      </Title>
      {canConfer &&
        (conferring ? (
          <ConferenceForm residentId={residentId} onSaved={conferences.set} onClose={() => setConferring(false)} />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setConferring(true)}>
              {t('rehabForms.conference.record')}
            </Button>
          </Group>
        ))}
      {(conferences.data ?? []).length === 0 ? (
        <Text c="dimmed">{t('rehabUi.noConferences')}</Text>
      ) : (
        conferences.data!.map((c) => (
          <Paper key={c.id} withBorder p="sm">
            <Group gap="xs">
              <Badge variant="light">{formatDate(c.heldOn)}</Badge>
              <Text size="sm" c="dimmed">
                {c.createdByName}
              </Text>
            </Group>
            {c.attendees.length > 0 && (
              <Text size="sm" mt={4}>
                <b>{t('rehabScreens.present')}:</b>{' '}
                {c.attendees
                  .map((a) =>
                    a.kind === 'resident'
                      ? t('rehabEnums.conferenceAttendee.resident')
                      : `${a.name} (${t(`rehabEnums.conferenceAttendee.${a.kind}`)})`,
                  )
                  .join(', ')}
              </Text>
            )}
            <Text mt={4}>
              <b>{t('rehabUi.decisions')}:</b> {c.decisions}
            </Text>
            {c.actions.map((a, j) => (
              <Text key={j} size="sm">
                • {a.description}
                {a.ownerName ? ` — ${a.ownerName}` : ''}
                {a.dueOn ? ` (${formatDate(a.dueOn)})` : ''}
              </Text>
            ))}
            {c.nextReviewOn && (
              <Text size="sm" mt={4}>
                <b>{t('rehabScreens.nextConference')}:</b> {formatDate(c.nextReviewOn)}
              </Text>
            )}
          </Paper>
        ))
      )}
    </Stack>
  );
}
