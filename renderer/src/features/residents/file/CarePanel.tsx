import { Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AssignableStaff, AssignedStaff, CareView } from '../../../../../shared/domain/resident-care';
import { RISK_LEVELS } from '../../../../../shared/enums/care';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSubmission } from '../../../forms/useSubmission';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { loadForSession } from '../../../stores/session';
import { FactList } from './FactList';
import { useResidentFileStore } from './file-store';

const RISK_COLOUR = { none: undefined, moderate: 'orange.9', high: 'red.8' } as const;

function staffName(t: TFunction, s: AssignedStaff | null): string {
  if (!s) return t('care.unassigned');
  return s.active ? s.displayName : t('care.inactiveStaff', { name: s.displayName });
}

/** Who is responsible for her (social worker, counsellor) and how worried the team is. */
export function CarePanel() {
  const t = useT();
  const canEdit = useCanOnFile('residents.care.update');
  const care = useResidentFileStore((s) => s.care);
  const error = useResidentFileStore((s) => s.careError);
  const setCare = useResidentFileStore((s) => s.setCare);
  const title = t('residentFile.overview.careTitle');
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <ErrorAlert error={error} />
      {!care && !error && <Loader size="sm" aria-label={t('common.loading')} />}
      {care &&
        (canEdit ? (
          <CareForm key={JSON.stringify(care)} care={care} onSaved={setCare} />
        ) : (
          <FactList
            cols={1}
            facts={[
              { label: t('care.fields.socialWorker'), value: staffName(t, care.socialWorker) },
              { label: t('care.fields.counsellor'), value: staffName(t, care.counsellor) },
              {
                label: t('care.fields.riskLevel'),
                value: (
                  <Text span c={RISK_COLOUR[care.riskLevel]} fw={care.riskLevel === 'none' ? undefined : 600}>
                    {t(`residentEnums.riskLevel.${care.riskLevel}`)}
                  </Text>
                ),
              },
            ]}
          />
        ))}
    </Paper>
  );
}

function CareForm({ care, onSaved }: { care: CareView; onSaved: (c: CareView) => void }) {
  const t = useT();
  const [staff, setStaff] = useState<AssignableStaff[] | null>(null);
  const [socialWorkerId, setSocialWorkerId] = useState(care.socialWorker?.id ?? '');
  const [counsellorId, setCounsellorId] = useState(care.counsellor?.id ?? '');
  const [riskLevel, setRiskLevel] = useState<string>(care.riskLevel);
  const form = useSubmission();
  const dirty =
    socialWorkerId !== (care.socialWorker?.id ?? '') || counsellorId !== (care.counsellor?.id ?? '') || riskLevel !== care.riskLevel;

  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('residents.assignableStaff', {}),
      (list) => live && setStaff(list),
    ).catch(() => live && setStaff([]));
    return () => {
      live = false;
    };
  }, []);

  // A disabled account stays visible as the current choice, marked, so nobody is silently unassigned.
  const optionsFor = (role: AssignableStaff['role'], current: AssignedStaff | null) => {
    const items = (staff ?? []).filter((s) => s.role === role).map((s) => ({ value: s.id, label: s.displayName }));
    if (current && !items.some((i) => i.value === current.id)) items.unshift({ value: current.id, label: staffName(t, current) });
    return items;
  };

  const send = async () => {
    const next = await call('residents.care.update', {
      residentId: care.residentId,
      socialWorkerId: socialWorkerId || null,
      counsellorId: counsellorId || null,
      riskLevel: riskLevel as CareView['riskLevel'],
    });
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('residentFile.overview.careSaved') });
    onSaved(next);
  };

  return (
    <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
      <Stack gap="sm">
        <Select
          label={t('care.fields.socialWorker')}
          data={optionsFor('social_worker', care.socialWorker)}
          value={socialWorkerId || null}
          onChange={(v) => (setSocialWorkerId(v ?? ''), form.clearFieldError('socialWorkerId'))}
          error={form.errors.socialWorkerId}
          placeholder={t('care.unassigned')}
          clearable
          searchable
        />
        <Select
          label={t('care.fields.counsellor')}
          data={optionsFor('counsellor', care.counsellor)}
          value={counsellorId || null}
          onChange={(v) => (setCounsellorId(v ?? ''), form.clearFieldError('counsellorId'))}
          error={form.errors.counsellorId}
          placeholder={t('care.unassigned')}
          clearable
          searchable
        />
        <Select
          label={t('care.fields.riskLevel')}
          data={RISK_LEVELS.map((r) => ({ value: r, label: t(`residentEnums.riskLevel.${r}`) }))}
          value={riskLevel}
          onChange={(v) => v && (setRiskLevel(v), form.clearFieldError('riskLevel'))}
          error={form.errors.riskLevel}
          allowDeselect={false}
        />
        {staff && staff.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('residentFile.overview.noStaff')}
          </Text>
        )}
        <ErrorAlert error={form.error} />
        <Group justify="flex-end">
          <Button type="submit" size="sm" loading={form.busy} disabled={!dirty}>
            {t('residentFile.overview.careSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
