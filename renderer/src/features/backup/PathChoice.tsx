import { Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { IconFile, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import type { DialogRequest, PathGrant } from '../../../../shared/contract/dialogs';
import { chooseDialog } from '../../api/dialogs';
import { useT } from '../../i18n/useT';

interface Props {
  label: string;
  description?: string;
  /** What to ask main for; the title is added here from the catalogue. */
  request: DialogRequest;
  /** What to show: a choice as core granted it (or a stored folder), by name and folder. */
  value: Pick<PathGrant, 'name' | 'folder'> | null;
  onChange: (chosen: PathGrant) => void;
  error?: string;
  disabled?: boolean;
  /** Names the button for tests and screen readers when several choices share a screen. */
  buttonLabel?: string;
}

/**
 * A path is chosen in a native dialog, never typed, and reaches this window only as core's
 * token for it. Shows the chosen name large and the whole path small beneath, so a person
 * can tell "the USB stick" from "Documents".
 */
export function PathChoice({ label, description, request, value, onChange, error, disabled, buttonLabel }: Props) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const Icon = request.kind === 'backupFolder' ? IconFolder : IconFile;

  const choose = async () => {
    setFailed(false);
    try {
      const chosen = await chooseDialog({ ...request, title: t(`dialogs.titles.${request.kind}`) });
      if (chosen) onChange(chosen);
    } catch {
      setFailed(true);
    }
  };

  return (
    <Input.Wrapper label={label} description={description} error={error ?? (failed ? t('dialogs.failed') : undefined)} labelElement="div">
      <Paper withBorder p="sm" mt={4} style={error ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Icon size={22} aria-hidden color="var(--mantine-color-gray-6)" />
            {value ? (
              <Stack gap={0} style={{ minWidth: 0 }} data-testid={`chosen-${request.kind}`}>
                <Text fw={600} truncate="end">
                  {value.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {t('dialogs.fullPath', { path: value.folder + value.name })}
                </Text>
              </Stack>
            ) : (
              <Text c="dimmed">{t('dialogs.nothingChosen')}</Text>
            )}
          </Group>
          <Button
            variant="default"
            onClick={() => void choose()}
            disabled={disabled}
            aria-label={buttonLabel ?? `${value ? t('dialogs.chooseAgain') : t('dialogs.choose')} ${label}`}
            style={{ flexShrink: 0 }}
          >
            {value ? t('dialogs.chooseAgain') : t('dialogs.choose')}
          </Button>
        </Group>
      </Paper>
    </Input.Wrapper>
  );
}
