import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { AGE_OF_MAJORITY, CONSENT_AGE_WITHOUT_GUARDIAN } from '../../../../../shared/enums/consent';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { StatusBadge } from '../StatusBadge';
import { FileActions } from './FileActions';
import { useResidentFileStore } from './file-store';
import { ageText, currentBed } from './file-facts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Who this is at a glance, the facts staff ask first, and what can be done from here. */
/** Link state asking the file to put focus on its heading (after an admission). */
export const FOCUS_FILE_HEADING = { focusHeading: true };

export function FileHeader({ file }: { file: ResidentFile }) {
  const state: unknown = useLocation().state;
  const heading = useFocusOnMount<HTMLHeadingElement>(
    typeof state === 'object' && state !== null && (state as { focusHeading?: unknown }).focusHeading === true,
  );
  const t = useT();
  const formatDate = useFormatDate();
  const bed = currentBed(file);
  const lastStay = file.stays.at(-1);
  const care = useResidentFileStore((s) => s.care);

  return (
    <Paper withBorder p="md" component="section" aria-label={t('residentFile.headerLabel')}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="sm" align="center">
            <Title order={2} ref={heading} tabIndex={-1}>
              {file.displayName}
            </Title>
            <StatusBadge status={file.status} />
            {file.ageYears !== null && file.ageYears < AGE_OF_MAJORITY && (
              // A child in the file changes who consents and who must be told: said at the top.
              <Badge color="orange" variant="light" radius="sm" tt="none" size="md">
                {file.ageYears < CONSENT_AGE_WITHOUT_GUARDIAN ? t('residentFile.facts.under16') : t('residentFile.facts.under18')}
              </Badge>
            )}
            {care && care.riskLevel !== 'none' && (
              <Badge
                color={care.riskLevel === 'high' ? 'red' : 'orange'}
                variant={care.riskLevel === 'high' ? 'filled' : 'light'}
                radius="sm"
                tt="none"
                size="md"
              >
                {t(`residentEnums.riskLevel.${care.riskLevel}`)}
              </Badge>
            )}
          </Group>
          <Text ff="monospace" c="dimmed">
            {file.code}
            {file.identity.otherNames.length > 0 && (
              <Text span ff="text" ml="sm">
                {t('residentFile.alsoKnownAs', { names: file.identity.otherNames.join(', ') })}
              </Text>
            )}
          </Text>
          <Group gap="xl" mt={4}>
            <Fact label={t('residentFile.facts.age')}>{ageText(t, file)}</Fact>
            <Fact label={t('residentFile.facts.admittedOn')}>{formatDate(file.admittedOn)}</Fact>
            {file.status === 'admitted' ? (
              <Fact label={t('residentFile.facts.bed')}>{bed ? `${bed.roomName} · ${bed.bedLabel}` : t('residents.summary.noBed')}</Fact>
            ) : (
              lastStay?.dischargedOn && <Fact label={t('residentFile.facts.dischargedOn')}>{formatDate(lastStay.dischargedOn)}</Fact>
            )}
          </Group>
        </Stack>
        <FileActions file={file} />
      </Group>
    </Paper>
  );
}
