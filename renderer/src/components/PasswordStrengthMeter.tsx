import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { isAcceptablePassword, passwordStrength, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import { useT } from '../i18n/useT';

const COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/**
 * Uses the same estimate core enforces, so "strong enough" here always means core
 * will accept it. Stays quiet until something is typed. `fieldHasError`: the field already
 * says "too weak" in red, so the meter does not say it a second time.
 */
export function PasswordStrengthMeter({ password, id, fieldHasError = false }: { password: string; id?: string; fieldHasError?: boolean }) {
  const t = useT();
  if (!password) {
    return (
      <Text id={id} size="sm" c="dimmed">
        {t('passwordMeter.rule', { min: PASSWORD_MIN_LENGTH })}
      </Text>
    );
  }
  const { score, hints } = passwordStrength(password);
  const ok = isAcceptablePassword(password);
  return (
    <Stack id={id} gap={4} data-testid="password-strength">
      <Group gap="xs" wrap="nowrap">
        <Progress.Root size="md" style={{ flex: 1 }} aria-hidden>
          {[0, 1, 2, 3].map((i) => (
            <Progress.Section key={i} value={25} color={i < Math.max(score, 1) ? COLORS[score] : 'gray.2'} />
          ))}
        </Progress.Root>
        <Text size="sm" fw={600} w={110} ta="right">
          {t(`password.strength.${score}`)}
        </Text>
      </Group>
      {!(fieldHasError && !ok) && (
        <Group gap={6} wrap="nowrap">
          {ok ? (
            <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
          ) : (
            <IconX size={16} color="var(--mantine-color-red-7)" aria-hidden />
          )}
          <Text size="sm" c={ok ? 'green.8' : 'red.8'}>
            {ok ? t('passwordMeter.acceptable') : t('passwordMeter.notYet', { min: PASSWORD_MIN_LENGTH })}
          </Text>
        </Group>
      )}
      {hints.length > 0 && (
        <List size="sm" c="dimmed" spacing={2}>
          {hints.map((h) => (
            <List.Item key={h}>{t(`password.hint.${h}`, { min: PASSWORD_MIN_LENGTH })}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
