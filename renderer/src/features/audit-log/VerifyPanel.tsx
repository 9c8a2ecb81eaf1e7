import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditVerifyResult } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useAuditStore } from './audit-store';

/** Re-checks the hash chain; verifying is itself logged, so the list is reloaded after. */
export function VerifyPanel() {
  const t = useT();
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const attempt = useSubmission();

  const verify = () =>
    attempt.run(async () => {
      setResult(null);
      setResult(await call('audit.verify', {}));
      void useAuditStore.getState().load();
    });

  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconShieldCheck size={18} aria-hidden />} onClick={() => void verify()} loading={attempt.busy}>
          {t('auditLog.verify.button')}
        </Button>
        <Text size="sm" c="dimmed" maw={560}>
          {t('auditLog.verify.help')}
        </Text>
      </Group>
      <ErrorAlert error={attempt.error} />
      {result?.ok && (
        <Alert color="green" variant="light" icon={<IconShieldCheck aria-hidden />} title={t('auditLog.verify.okTitle')} role="status">
          {t('auditLog.verify.ok', { count: result.checked })}
        </Alert>
      )}
      {result && !result.ok && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('auditLog.verify.problemsTitle')} role="alert">
          <Text size="sm">{t('auditLog.verify.problems', { count: result.problems.length, checked: result.checked })}</Text>
          <List size="sm" mt="xs">
            {result.problems.slice(0, 20).map((p) => (
              <List.Item key={`${p.seq}-${p.kind}`}>
                {t('auditLog.verify.problem', { seq: p.seq, kind: t(`auditLog.verify.kind.${p.kind}`) })}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('auditLog.verify.whatNow')}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
