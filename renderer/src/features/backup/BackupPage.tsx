import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCalendarTime, IconDatabaseExport, IconMail, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { CreateBackupPanel } from './CreateBackupPanel';
import { RestorePanel } from './RestorePanel';
import { SchedulePanel } from './SchedulePanel';
import { SplitPanel } from './SplitPanel';
import { RestorePointsPanel } from './RestorePointsPanel';
import { StatusPanel } from './StatusPanel';
import { UndoRestorePanel } from './UndoRestorePanel';
import { useBackupStatus } from './useBackupStatus';
import { VerifyPanel } from './VerifyPanel';

/**
 * The manager's backup desk: how old the last good backup is, then one tab per job.
 * Tabs rather than one long page, so each job shows only its own few questions.
 */
export default function BackupPage() {
  const t = useT();
  const { status, error, reload } = useBackupStatus();
  const [tab, setTab] = useState<string | null>('create');

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>{t('backup.title')}</Title>
        <Text c="dimmed" maw={720}>
          {t('backup.intro')}
        </Text>
      </div>
      <StatusPanel status={status} error={error} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="create" leftSection={<IconDatabaseExport size={16} aria-hidden />}>
            {t('backup.create.title')}
          </Tabs.Tab>
          <Tabs.Tab value="verify" leftSection={<IconShieldCheck size={16} aria-hidden />}>
            {t('backup.verify.title')}
          </Tabs.Tab>
          <Tabs.Tab value="restore" leftSection={<IconRestore size={16} aria-hidden />}>
            {t('backup.restore.title')}
          </Tabs.Tab>
          <Tabs.Tab value="pieces" leftSection={<IconMail size={16} aria-hidden />}>
            {t('backupPieces.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="schedule" leftSection={<IconCalendarTime size={16} aria-hidden />}>
            {t('backup.schedule.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="create">
          {(status || error) && <CreateBackupPanel knownRecipients={status?.schedule?.recipients ?? []} onDone={reload} />}
        </Tabs.Panel>
        <Tabs.Panel value="verify">
          <VerifyPanel onDone={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="restore">
          <Stack gap="lg">
            <RestorePanel />
            {status?.undo && <UndoRestorePanel setAsideAt={status.undo.setAsideAt} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="pieces">{(status || error) && <SplitPanel knownRecipients={status?.schedule?.recipients ?? []} />}</Tabs.Panel>
        <Tabs.Panel value="schedule">
          <Stack gap="lg">
            <SchedulePanel onSaved={reload} />
            <RestorePointsPanel refreshKey={status} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
