import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import type { PossibleDuplicate } from '../../../../../shared/domain/resident';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { StatusBadge } from '../StatusBadge';

interface Props {
  matches: PossibleDuplicate[];
  /** Opens an existing file; the wizard keeps its draft first. */
  onOpen: (residentId: string) => void;
  onContinue: () => void;
  onBack: () => void;
}

/**
 * Residents who may be the person being admitted: a similar name with a compatible age,
 * or the same phone or ID number. The user decides; nothing is merged or blocked.
 */
export function DuplicateWarning({ matches, onOpen, onContinue, onBack }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Modal
      opened
      onClose={onBack}
      size="lg"
      title={
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle color="var(--mantine-color-orange-7)" aria-hidden />
          <Text fw={700} size="lg">
            {t('admit.duplicates.title')}
          </Text>
        </Group>
      }
    >
      <Stack gap="md">
        <Text>{t('admit.duplicates.intro')}</Text>
        <Stack gap="xs" role="list" aria-label={t('admit.duplicates.title')}>
          {matches.map(({ resident: r, reasons }) => (
            <Paper key={r.id} withBorder p="sm" role="listitem">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={700}>{r.displayName}</Text>
                    <Text ff="monospace" c="dimmed" size="sm">
                      {r.code}
                    </Text>
                    <StatusBadge status={r.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      r.otherNames.length ? t('residents.alias', { names: r.otherNames.join(', ') }) : null,
                      r.ageYears === null ? t('admit.duplicates.ageUnknown') : t('admit.duplicates.age', { age: r.ageYears }),
                      t('admit.duplicates.admitted', { date: formatDate(r.admittedOn) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Group gap={6}>
                    {reasons.map((reason) => (
                      <Badge key={reason} color="orange" variant="light" tt="none" radius="sm">
                        {t(`admit.duplicates.reason.${reason}`)}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconExternalLink size={14} aria-hidden />}
                  onClick={() => onOpen(r.id)}
                  style={{ flex: 'none' }}
                  aria-label={t('admit.duplicates.open', { name: r.displayName })}
                >
                  {t('admit.duplicates.openShort')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
        <Group justify="flex-end">
          {/* The safe answer has the keyboard: a tired Enter never files the same person twice. */}
          <Button variant="default" onClick={onBack} data-autofocus>
            {t('admit.duplicates.back')}
          </Button>
          <Button color="orange" onClick={onContinue}>
            {t('admit.duplicates.continue')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
