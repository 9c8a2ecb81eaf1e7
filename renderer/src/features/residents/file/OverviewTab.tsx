import { Alert, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import { useFormatDate, useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { useSessionStore } from '../../../stores/session';
import { currentBed, daysBetween } from './file-facts';
import type { FileTab } from './file-tabs';
import { FactList } from './FactList';
import { useShelterToday } from '../admit/today';

/** Where each missing item is filled in: most on Identity, the referral with the admission. */
const MISSING_TAB: Record<string, FileTab> = { referral: 'referral' };

/** Share of the stay limit after which the stay is shown as nearly over. */
const NEAR_LIMIT = 0.85;

export interface OverviewProps {
  file: ResidentFile;
  onOpenTab: (tab: FileTab) => void;
  /** The responsible staff and risk panel, when the role may read it. */
  care?: ReactNode;
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** What a manager needs first: what is still missing, the current stay, who looks after her. */
export function OverviewTab({ file, onOpenTab, care }: OverviewProps) {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const canEdit = useCanOnFile('residents.update');
  const limit = useSessionStore((s) => s.settings?.stayLimitDays ?? 183);
  const today = useShelterToday();
  const bed = currentBed(file);
  const openStay = file.status === 'admitted' ? file.stays.at(-1) : undefined;
  const day = openStay ? daysBetween(openStay.admittedOn, today) : 0;
  const share = Math.min(1, day / limit);
  const identityMissing = file.missing.filter((m) => MISSING_TAB[m] !== 'referral');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" maw={1100}>
      <Card title={t('residentFile.overview.missingTitle')}>
        {file.missing.length === 0 ? (
          <Group gap="xs" c="teal.8">
            <IconCircleCheck size={20} aria-hidden />
            <Text>{t('residentFile.overview.complete')}</Text>
          </Group>
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('residentFile.overview.missingIntro')}</Text>
            <List size="sm" spacing={2} aria-label={t('residentFile.overview.missingTitle')}>
              {file.missing.map((m) => (
                <List.Item key={m}>{t(`residentFile.missing.${m}` as MessageKey)}</List.Item>
              ))}
            </List>
            {canEdit && identityMissing.length > 0 && (
              <Group>
                <Button size="xs" variant="light" onClick={() => onOpenTab('identity')}>
                  {t('residentFile.overview.completeIdentity')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>

      <Card title={t('residentFile.overview.stayTitle')}>
        {openStay ? (
          <Stack gap="sm">
            <FactList
              facts={[
                { label: t('residentFile.facts.admittedOn'), value: formatDate(openStay.admittedOn) },
                { label: t('residentFile.facts.bed'), value: bed ? `${bed.roomName} · ${bed.bedLabel}` : t('residents.summary.noBed') },
              ]}
            />
            <div>
              <Text size="sm" mb={4}>
                {t('residentFile.overview.dayOf', { day, limit })}
              </Text>
              <Progress
                value={share * 100}
                color={share >= 1 ? 'red' : share >= NEAR_LIMIT ? 'orange' : 'teal'}
                aria-label={t('residentFile.overview.dayOf', { day, limit })}
              />
            </div>
            {share >= NEAR_LIMIT && (
              <Alert color={share >= 1 ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle aria-hidden />}>
                {share >= 1 ? t('residentFile.overview.pastLimit') : t('residentFile.overview.nearLimit')}
              </Alert>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">{t('residentFile.overview.notInShelter', { stays: file.stays.length })}</Text>
        )}
      </Card>

      {care}

      <Card title={t('residentFile.overview.recordTitle')}>
        <FactList
          facts={[
            { label: t('residentFile.overview.created'), value: formatDateTime(file.createdAt) },
            { label: t('residentFile.overview.updated'), value: formatDateTime(file.updatedAt) },
          ]}
        />
        <Text size="xs" c="dimmed" mt="sm">
          {t('residentFile.overview.viewLogged')}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
