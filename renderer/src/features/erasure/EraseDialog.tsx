import { Alert, List, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ErasureApproval } from '../../../../shared/domain/erasure';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useChannelData } from '../residents/file/useChannelData';
import { KEPT_ACROSS_PAGES } from '../../a11y/notification-keys';

interface Props {
  residentId: string;
  onClose: () => void;
  onErased: () => void;
}

/**
 * Erasing a resident: what will be lost, counted per kind of record, a second manager's
 * password (or the recovery key), and her code typed back. Opens on Cancel; nothing is
 * sent until all three are there.
 */
export function EraseDialog({ residentId, onClose, onErased }: Props) {
  const t = useT();
  const preview = useChannelData('erasure.preview', { residentId });
  const form = useSubmission();
  const [method, setMethod] = useState<ErasureApproval['method']>('manager');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [typedCode, setTypedCode] = useState('');
  const p = preview.data;

  const check = () => {
    const errors: Record<string, string> = {};
    if (p && typedCode.trim() !== p.code) errors.confirm = t('erasure.confirmMismatch');
    if (method === 'manager' && !username.trim()) errors['approval.username'] = t('validation.required');
    if (method === 'manager' && !password) errors['approval.password'] = t('validation.required');
    if (method === 'recoveryKey' && !recoveryKey.trim()) errors['approval.recoveryKey'] = t('validation.required');
    return errors;
  };

  const send = async () => {
    const approval: ErasureApproval = method === 'manager' ? { method, username: username.trim(), password } : { method, recoveryKey };
    const r = await call('erasure.erase', { residentId, approval });
    notifications.show({
      id: `${KEPT_ACROSS_PAGES}erasure`,
      color: 'green',
      autoClose: false,
      message: (
        <Stack gap={4}>
          <Text size="sm">{t('erasure.done', { rows: r.rowsRemoved })}</Text>
          {r.previousPurged + r.previousRemoved > 0 && (
            <Text size="sm">{t('erasure.previous', { purged: r.previousPurged, removed: r.previousRemoved })}</Text>
          )}
          <Text size="sm">{t('erasure.backupsWarning')}</Text>
        </Stack>
      ),
    });
    onErased();
    onClose();
  };

  const total = p ? Object.entries(p.counts).reduce((a, [table, n]) => (table === 'audit_log' ? a : a + n), 0) : 0;
  // Every table core counts has a label (the data map's tables with rows of their own); the audit log is listed as kept.
  const kinds = p ? Object.entries(p.counts) : [];

  return (
    <Modal opened onClose={onClose} title={p ? t('erasure.title', { name: p.displayName, code: p.code }) : t('erasure.open')} size="lg">
      {!p && !preview.error && <PageLoader />}
      <ErrorAlert error={preview.error} />
      {p && (
        <form onSubmit={form.onSubmit(check, send)} noValidate>
          <Stack gap="md">
            <Text>{t('erasure.intro')}</Text>
            {p.openStay && (
              <Alert color="orange" variant="light">
                {t('erasure.openStay')}
              </Alert>
            )}
            <div>
              <Title order={4}>{t('erasure.willLose')}</Title>
              <List size="sm" spacing={2}>
                {kinds.map(([table, n]) => (
                  <List.Item key={table}>
                    {t(`erasure.kinds.${table}` as never)}: {n}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" c="dimmed">
                {t('erasure.rows', { count: total })}
              </Text>
            </div>
            <Alert color="yellow" variant="light">
              {t('erasure.backupsWarning')}
            </Alert>
            <Title order={4}>{t('erasure.approval.title')}</Title>
            <SegmentedControl
              aria-label={t('erasure.approval.method')}
              value={method}
              onChange={(v) => setMethod(v as ErasureApproval['method'])}
              data={[
                { value: 'manager', label: t('erasure.approval.manager') },
                { value: 'recoveryKey', label: t('erasure.approval.recoveryKey') },
              ]}
            />
            {method === 'manager' ? (
              <>
                <TextInput
                  label={t('erasure.approval.username')}
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  error={form.errors['approval.username']}
                  autoComplete="off"
                  required
                />
                <PasswordInput
                  label={t('erasure.approval.password')}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={form.errors['approval.password']}
                  autoComplete="off"
                  required
                />
              </>
            ) : (
              <PasswordInput
                label={t('erasure.approval.recoveryKeyField')}
                value={recoveryKey}
                onChange={(e) => setRecoveryKey(e.currentTarget.value)}
                error={form.errors['approval.recoveryKey']}
                autoComplete="off"
                required
              />
            )}
            <TextInput
              label={t('erasure.confirmLabel', { code: p.code })}
              value={typedCode}
              onChange={(e) => setTypedCode(e.currentTarget.value)}
              error={form.errors.confirm}
              autoComplete="off"
              translate="no"
              required
            />
            <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('erasure.submit')} onCancel={onClose} destructive />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
