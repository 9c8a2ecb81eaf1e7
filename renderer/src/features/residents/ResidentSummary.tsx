import { ActionIcon, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBed, IconDoorEnter, IconDoorExit, IconFileText, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ResidentFile } from '../../../../shared/domain/resident';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { loadForSession } from '../../stores/session';
import { useResidentsListStore } from './residents-store';
import { StatusBadge } from './StatusBadge';
import { AssignBedDialog } from './stay/AssignBedDialog';
import { DischargeDialog } from './stay/DischargeDialog';
import { ReadmitDialog } from './stay/ReadmitDialog';
import classes from './residents.module.css';

type Dialog = 'bed' | 'discharge' | 'readmit' | null;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

/**
 * A read-only glance at one resident, from residents.get. Core logs every call as a view
 * of the file, so it is fetched only when a row is chosen, never as the focus moves.
 */
export function ResidentSummary({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [file, setFile] = useState<ResidentFile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canAssign = useCan('residents.assignBed');
  const canDischarge = useCan('residents.discharge');
  const canReadmit = useCan('residents.readmit');

  useEffect(() => {
    // Keyed by id in the parent, so each resident starts with empty state; this guards late answers.
    let live = true;
    loadForSession(
      () => call('residents.get', { id }),
      (f) => {
        if (live) setFile(f);
      },
    ).catch((e: unknown) => {
      if (live) setError(toApiError(e));
    });
    return () => {
      live = false;
    };
  }, [id]);

  const bed = file?.beds.find((b) => b.to === null);
  const lastStay = file?.stays.at(-1);
  const age =
    file?.ageYears == null
      ? t('residents.ageUnknown')
      : file.ageIsEstimate
        ? t('residents.ageEstimate', { years: file.ageYears })
        : String(file.ageYears);

  // The dialogs answer with the changed file (or bed history); the list shows the new status too.
  const changed = (next: ResidentFile) => {
    setFile(next);
    useResidentsListStore.getState().refresh();
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('residents.summary.label')} mih="100%">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('residents.summary.title')}
          </Text>
          <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label={t('residents.summary.close')}>
            <IconX size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <ErrorAlert error={error} />
        {!file && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {file && (
          <>
            <div>
              <Title order={3} size="h4">
                {file.displayName}
              </Title>
              <Text ff="monospace" c="dimmed">
                {file.code}
              </Text>
            </div>
            <Group gap="xs">
              <StatusBadge status={file.status} />
            </Group>
            <Stack gap="xs" className={classes.summaryActions}>
              <Button component={Link} to={`/residents/${file.id}`} leftSection={<IconFileText size={16} aria-hidden />}>
                {t('stay.openFile')}
              </Button>
              {file.status === 'admitted' && canAssign && (
                <Button variant="default" leftSection={<IconBed size={16} aria-hidden />} onClick={() => setDialog('bed')}>
                  {bed ? t('stay.assign.move') : t('stay.assign.open')}
                </Button>
              )}
              {file.status === 'admitted' && canDischarge && (
                <Button variant="default" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setDialog('discharge')}>
                  {t('stay.discharge.open')}
                </Button>
              )}
              {file.status === 'discharged' && canReadmit && (
                <Button variant="default" leftSection={<IconDoorEnter size={16} aria-hidden />} onClick={() => setDialog('readmit')}>
                  {t('stay.readmit.open')}
                </Button>
              )}
            </Stack>
            {file.identity.otherNames.length > 0 && (
              <Field label={t('residents.summary.aliases')}>{file.identity.otherNames.join(', ')}</Field>
            )}
            <Field label={t('residents.summary.admittedOn')}>{formatDate(file.admittedOn)}</Field>
            {file.status === 'discharged' && lastStay?.dischargedOn && (
              <Field label={t('residents.summary.dischargedOn')}>
                {formatDate(lastStay.dischargedOn)}
                {lastStay.dischargeDestination && (
                  <Badge variant="outline" color="gray" ml="xs" size="sm" tt="none">
                    {t(`residentEnums.dischargeDestination.${lastStay.dischargeDestination}`)}
                  </Badge>
                )}
              </Field>
            )}
            <Field label={t('residents.summary.age')}>{age}</Field>
            {file.identity.sex && <Field label={t('residents.summary.sex')}>{t(`residentEnums.sex.${file.identity.sex}`)}</Field>}
            {file.status === 'admitted' && (
              <Field label={t('residents.summary.bed')}>{bed ? `${bed.roomName} · ${bed.bedLabel}` : t('residents.summary.noBed')}</Field>
            )}
            <Field label={t('residents.summary.stays')}>{file.stays.length}</Field>
            <Text size="xs" c="dimmed">
              {t('residents.summary.viewLogged')}
            </Text>
          </>
        )}
      </Stack>
      {file && dialog === 'bed' && (
        <AssignBedDialog resident={file} onClose={() => setDialog(null)} onDone={(beds) => setFile({ ...file, beds })} />
      )}
      {file && dialog === 'discharge' && <DischargeDialog resident={file} onClose={() => setDialog(null)} onDone={changed} />}
      {file && dialog === 'readmit' && <ReadmitDialog resident={file} onClose={() => setDialog(null)} onDone={changed} />}
    </Paper>
  );
}
