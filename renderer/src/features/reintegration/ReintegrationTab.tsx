import { Alert, Badge, Button, Card, Group, Loader, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconLock } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { ResidentFile } from '../../../../shared/domain/resident';
import type { ReintegrationView, VisitView } from '../../../../shared/domain/reintegration';
import { CLOSURE_REASONS } from '../../../../shared/enums/reintegration';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { savePdfAs } from '../../api/save-pdf';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { PrintButton } from '../../components/PrintButton';
import { useSubmit } from './use-submit';
import { useFormatDate } from '../../i18n/format';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { todayIn } from '../residents/admit/today';
import { useCanOnFile } from '../residents/file/useCanOnFile';
import { useChannelData } from '../residents/file/useChannelData';
import { PlanForm } from './PlanForm';
import { VisitForm } from './VisitForm';
import { DateField } from '../../components/DateField';

const TrajectoryChart = lazy(() => import('./TrajectoryChart'));

/** The resident file's Reintegration tab: plan, the follow-up year, the trajectory, closure. */
export function ReintegrationTab({ file }: { file: ResidentFile }) {
  const t = useT();
  const data = useChannelData('residents.reintegration.get', { residentId: file.id });
  if (data.error) return <ErrorAlert error={data.error} />;
  if (!data.data) return <PageLoader />;
  return <ReintegrationView view={data.data} reload={data.reload} t={t} />;
}

function ReintegrationView({ view, reload, t }: { view: ReintegrationView; reload: () => void; t: ReturnType<typeof useT> }) {
  const formatDate = useFormatDate();
  const role = useSessionStore((s) => s.user?.role);
  const canPlan = useCanOnFile('residents.reintegration.savePlan');
  const canReopen = useCanOnFile('residents.reintegration.reopen');
  const open = view.closures.find((c) => c.reopenedAt === null);
  const writable = canPlan && (!view.closed || role === 'manager');
  const [editing, setEditing] = useState(false);
  const scored = view.visits.some((v) => v.scores);

  return (
    <Stack gap="lg" maw={1100}>
      {open && (
        <Alert color="gray" icon={<IconLock aria-hidden />} role="status">
          {t('reintegration.closure.closedBanner', {
            date: formatDate(open.closedOn),
            reason: t(`reintegration.closureReason.${open.reason}`),
          })}
        </Alert>
      )}
      {view.attention.map((a) => (
        <Badge key={a} color="red" variant="light" tt="none" size="lg">
          {t(`reintegration.attention.${a}`)}
        </Badge>
      ))}

      <Card withBorder padding="lg" component="section" aria-labelledby="plan-title">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="plan-title">
            {t('reintegration.plan.title')}
          </Title>
          {writable && !editing && (
            <Button onClick={() => setEditing(true)}>{view.plan ? t('reintegration.plan.edit') : t('reintegration.plan.create')}</Button>
          )}
        </Group>
        {editing ? (
          <PlanForm
            residentId={view.residentId}
            plan={view.plan}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              notifications.show({ message: t('reintegration.plan.saved') });
              reload();
            }}
          />
        ) : (
          <PlanSummary view={view} />
        )}
      </Card>

      <Schedule view={view} reload={reload} writable={writable} />

      <Card withBorder padding="lg" component="section" aria-labelledby="trajectory-title">
        <Title order={3} size="h4" id="trajectory-title" mb="sm">
          {t('reintegration.trajectory.title')}
        </Title>
        {scored ? (
          <Suspense fallback={<Loader size="sm" aria-label={t('reintegration.trajectory.loading')} />}>
            <TrajectoryChart visits={view.visits} />
          </Suspense>
        ) : (
          <Text c="dimmed">{t('reintegration.trajectory.empty')}</Text>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('reintegration.visit.formula')}
        </Text>
      </Card>

      <Closure view={view} reload={reload} canClose={writable && !view.closed} canReopen={canReopen && view.closed} />
    </Stack>
  );
}

function PlanSummary({ view }: { view: ReintegrationView }) {
  const t = useT();
  const formatDate = useFormatDate();
  const p = view.plan;
  if (!p) return <Text c="dimmed">{t('reintegration.plan.none')}</Text>;
  const d = p.destination;
  const place = [d.village, d.cell, d.sector, d.district, d.province].filter(Boolean).join(', ') || d.place || d.country;
  const rows: [string, string][] = [
    [t('reintegration.plan.destinationType'), t(`reintegration.destination.${p.destinationType}`)],
    [t('reintegration.plan.destination'), `${place} (${d.country})`],
    [
      t('reintegration.plan.householdContact'),
      p.contactWithheld
        ? t('reintegration.plan.contactWithheld')
        : p.householdContact
          ? `${p.householdContact.name} — ${p.householdContact.relationship}${p.householdContact.phone ? ` — ${p.householdContact.phone}` : ''}`
          : '—',
    ],
    [
      t('reintegration.plan.risk'),
      `${t(`reintegration.risk.${p.risk}`)}${p.riskReasons.length ? ` — ${p.riskReasons.map((r) => t(`reintegration.riskReason.${r}`)).join(', ')}` : ''}`,
    ],
    [t('reintegration.plan.riskNote'), p.riskNote ?? '—'],
    [
      t('reintegration.plan.authority'),
      p.authority && p.authorityName ? `${p.authorityName} — ${t(`reintegration.authorityRole.${p.authority.role}`)}` : '—',
    ],
    [t('reintegration.plan.familyAssessment'), t(`reintegration.familyAssessment.${p.familyAssessment}`)],
    [
      t('reintegration.plan.bestInterests'),
      p.bestInterests ? `${formatDate(p.bestInterests.determinedOn)} — ${p.bestInterests.note}` : '—',
    ],
    [
      t('reintegration.plan.support'),
      p.support.length ? t('reintegration.plan.supportTotal', { amount: p.supportTotalRwf.toLocaleString('fr-RW') }) : '—',
    ],
    [t('reintegration.plan.plannedExitOn'), p.plannedExitOn ? formatDate(p.plannedExitOn) : '—'],
    [t('reintegration.plan.wishes'), p.wishes ?? '—'],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={240}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Schedule({ view, reload, writable }: { view: ReintegrationView; reload: () => void; writable: boolean }) {
  const t = useT();
  const formatDate = useFormatDate();
  const settings = useSessionStore((s) => s.settings);
  const locale = useLocaleStore((s) => s.locale);
  const today = todayIn(settings?.timeZone ?? 'Africa/Kigali');
  const [recording, setRecording] = useState<VisitView | null>(null);
  const [moving, setMoving] = useState<VisitView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const canSheet = useCanOnFile('residents.reintegration.fieldSheet');
  const due = view.visits.filter((v) => v.status === 'due');

  const start = async () => {
    setError(null);
    try {
      const r = await call('residents.reintegration.startSchedule', { residentId: view.residentId });
      notifications.show({ message: t('reintegration.schedule.started', { count: r.scheduled }) });
      reload();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  const fieldSheet = async (v: VisitView) => {
    setError(null);
    try {
      await savePdfAs(
        { title: t('reintegration.schedule.fieldSheet'), suggestedName: `field-sheet-${v.dueOn}.pdf` },
        (destinationToken) => call('residents.reintegration.fieldSheet', { visitId: v.id, destinationToken, locale }),
        (size) => t('reintegration.schedule.fieldSheetSaved', { size }),
      );
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="schedule-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="schedule-title">
          {t('reintegration.schedule.title')}
        </Title>
        {writable && due.length === 0 && view.dischargedOn && (
          <Button onClick={() => void start()}>{t('reintegration.schedule.start')}</Button>
        )}
      </Group>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {!view.dischargedOn && <Text c="dimmed">{t('reintegration.schedule.notDischarged')}</Text>}
        {view.dischargedOn && !view.followUpConsent && (
          <Alert color="yellow" variant="light">
            {t('reintegration.schedule.noConsent')}
          </Alert>
        )}
        {view.visits.length === 0 ? (
          <Text c="dimmed">{t('reintegration.schedule.none')}</Text>
        ) : (
          <Table aria-label={t('reintegration.schedule.title')} verticalSpacing="xs">
            <Table.Tbody>
              {view.visits.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.month ? t('reintegration.schedule.month', { month: v.month }) : t('reintegration.schedule.extra')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {v.status === 'due' && v.dueOn < today
                        ? t('reintegration.schedule.overdue', { date: formatDate(v.dueOn) })
                        : t('reintegration.schedule.due', { date: formatDate(v.dueOn) })}
                    </Text>
                    {v.rescheduled.map((r) => (
                      <Text key={r.at} size="xs" c="dimmed">
                        {t('reintegration.schedule.rescheduled', { from: formatDate(r.from), to: formatDate(r.to), reason: r.reason })}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={v.status === 'due' ? (v.dueOn < today ? 'red' : 'blue') : v.status === 'done' ? 'teal' : 'gray'}
                      variant="light"
                      tt="none"
                    >
                      {t(`reintegration.visitStatus.${v.status}`)}
                    </Badge>
                    {v.cancelledBecause && (
                      <Text size="xs" c="dimmed">
                        {t(`reintegration.cancelledBecause.${v.cancelledBecause as 'consent_withdrawn'}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {v.status === 'done' &&
                      (v.scores ? (
                        <Text size="sm">{t('reintegration.visit.scores', { ...fixed(v.scores) })}</Text>
                      ) : (
                        <Text size="sm">{t('reintegration.visit.notReached')}</Text>
                      ))}
                    {v.status === 'due' && (
                      <Group gap="xs">
                        {writable && (
                          <Button size="xs" onClick={() => setRecording(v)}>
                            {t('reintegration.schedule.record')}
                          </Button>
                        )}
                        {writable && (
                          <Button size="xs" variant="default" onClick={() => setMoving(v)}>
                            {t('reintegration.schedule.reschedule')}
                          </Button>
                        )}
                        {canSheet && (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconFileTypePdf size={14} aria-hidden />}
                            onClick={() => void fieldSheet(v)}
                          >
                            {t('reintegration.schedule.fieldSheet')}
                          </Button>
                        )}
                        {canSheet && (
                          <PrintButton
                            label={t('printing.fieldSheetLabel', { date: formatDate(v.dueOn) })}
                            make={() => call('residents.reintegration.fieldSheetPrint', { visitId: v.id, locale })}
                            onError={setError}
                          />
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={recording !== null} onClose={() => setRecording(null)} title={t('reintegration.visit.title')} size="lg">
        {recording && (
          <VisitForm
            visit={recording}
            today={today}
            onCancel={() => setRecording(null)}
            onSaved={() => {
              setRecording(null);
              notifications.show({ message: t('reintegration.visit.saved') });
              reload();
            }}
          />
        )}
      </Modal>
      <Modal opened={moving !== null} onClose={() => setMoving(null)} title={t('reintegration.schedule.rescheduleTitle')}>
        {moving && (
          <RescheduleForm
            visit={moving}
            onCancel={() => setMoving(null)}
            onSaved={() => {
              setMoving(null);
              reload();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}

const fixed = (s: NonNullable<VisitView['scores']>) => ({
  economic: s.economic.toFixed(2),
  social: s.social.toFixed(2),
  psychosocial: s.psychosocial.toFixed(2),
  composite: s.composite.toFixed(2),
});

function RescheduleForm({ visit, onSaved, onCancel }: { visit: VisitView; onSaved: () => void; onCancel: () => void }) {
  const t = useT();
  const [dueOn, setDueOn] = useState(visit.dueOn);
  const [reason, setReason] = useState('');
  const { error, errors, run } = useSubmit();
  const save = () => run(() => call('residents.reintegration.reschedule', { visitId: visit.id, dueOn, reason }), onSaved);
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <ErrorAlert error={error} />
      <DateField label={t('reintegration.schedule.newDate')} value={dueOn} onChange={(d) => setDueOn(d)} error={errors.dueOn} />
      <TextInput
        label={t('reintegration.schedule.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
      />
      <Group>
        <Button type="submit">{t('reintegration.schedule.reschedule')}</Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function Closure({
  view,
  reload,
  canClose,
  canReopen,
}: {
  view: ReintegrationView;
  reload: () => void;
  canClose: boolean;
  canReopen: boolean;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  const settings = useSessionStore((s) => s.settings);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<string>('follow_ups_complete');
  const [closedOn, setClosedOn] = useState(todayIn(settings?.timeZone ?? 'Africa/Kigali'));
  const [reopenReason, setReopenReason] = useState('');
  const submit = useSubmit();
  const { error, errors } = submit;
  const run = (f: () => Promise<unknown>) =>
    submit.run(f, () => {
      setClosing(false);
      reload();
    });
  if (!canClose && !canReopen && view.closures.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="closure-title">
      <Title order={3} size="h4" id="closure-title" mb="sm">
        {t('reintegration.closure.title')}
      </Title>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {view.closures
          .filter((c) => c.reopenedAt)
          .map((c) => (
            <Text key={c.closedOn + c.reopenedAt} size="sm" c="dimmed">
              {formatDate(c.closedOn)} — {t(`reintegration.closureReason.${c.reason}`)} ·{' '}
              {t('reintegration.closure.reopened', { date: formatDate(c.reopenedAt!.slice(0, 10)), reason: c.reopenReason ?? '' })}
            </Text>
          ))}
        {canClose && !closing && (
          <Group>
            <Button color="red" variant="light" onClick={() => setClosing(true)}>
              {t('reintegration.closure.close')}
            </Button>
          </Group>
        )}
        {canClose && closing && (
          <Stack
            gap="sm"
            component="form"
            onSubmit={(e) => (
              e.preventDefault(),
              void run(() =>
                call('residents.reintegration.close', {
                  residentId: view.residentId,
                  closedOn,
                  reason: reason as (typeof CLOSURE_REASONS)[number],
                }),
              )
            )}
          >
            <Group grow>
              <DateField
                label={t('reintegration.closure.closedOn')}
                value={closedOn}
                onChange={(d) => setClosedOn(d)}
                error={errors.closedOn}
              />
              <Select
                label={t('reintegration.closure.reason')}
                data={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`reintegration.closureReason.${r}`) }))}
                value={reason}
                onChange={(v) => setReason(v ?? 'follow_ups_complete')}
                allowDeselect={false}
              />
            </Group>
            <Group>
              <Button type="submit" color="red">
                {t('reintegration.closure.close')}
              </Button>
              <Button variant="default" onClick={() => setClosing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {canReopen && (
          <Stack
            gap="sm"
            component="form"
            onSubmit={(e) => (
              e.preventDefault(),
              void run(() => call('residents.reintegration.reopen', { residentId: view.residentId, reason: reopenReason }))
            )}
          >
            <TextInput
              label={t('reintegration.closure.reopenReason')}
              value={reopenReason}
              onChange={(e) => setReopenReason(e.currentTarget.value)}
              error={errors.reason}
            />
            <Group>
              <Button type="submit">{t('reintegration.closure.reopen')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
