import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { newUserSchema } from '../../../../shared/domain/user';
import { roleSchema, type Role } from '../../../../shared/roles';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDraft } from '../../drafts/useDraft';
import { passwordProblem, validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { RoleSelect } from './RoleSelect';
import { useStaffStore } from './staff-store';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';

export const CREATE_USER_DRAFT = 'staff.createUser';

interface Values extends Record<string, unknown> {
  fullName: string;
  username: string;
  role: Role;
}

const EMPTY: Values = { fullName: '', username: '', role: 'counsellor' };
const detailsSchema = newUserSchema.pick({ fullName: true, username: true, role: true });

/** Only well-formed fields from a stored draft are put back into the form. */
function fromDraft(data: Partial<Values>): Partial<Values> {
  const out: Partial<Values> = {};
  if (typeof data.fullName === 'string') out.fullName = data.fullName;
  if (typeof data.username === 'string') out.username = data.username;
  const role = roleSchema.safeParse(data.role);
  if (role.success) out.role = role.data;
  return out;
}

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [values, setValues] = useState<Values>(EMPTY);
  const [password, setPassword] = useState('');
  const form = useSubmission();
  const draft = useDraft(CREATE_USER_DRAFT, values, {
    enabled: opened,
    onRestore: (data) => setValues((v) => ({ ...v, ...fromDraft(data) })),
  });

  const set = <K extends keyof Values & string>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const clear = () => {
    setValues(EMPTY);
    setPassword('');
    form.reset();
  };

  const dirty = values.fullName !== '' || values.username !== '' || password !== '';

  // Closing (Escape, ×) keeps the draft for later; only "Discard" throws the typing away.
  const discardAndClose = () => {
    void draft.discard();
    clear();
    onClose();
  };

  const close = () => {
    setPassword('');
    onClose();
  };

  const check = () => {
    const found = validateWith(t, detailsSchema, values);
    const pw = passwordProblem(t, password);
    if (pw) found.password = pw;
    return found;
  };

  const send = async () => {
    const user = await call('users.create', { ...values, password });
    useStaffStore.getState().upsert(user);
    await draft.discard();
    clear();
    onClose();
    notifications.show({
      color: 'green',
      title: t('staff.create.doneTitle'),
      message: t('staff.create.done', { name: user.fullName, username: user.username }),
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('staff.create.title')} size="lg">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          {draft.restoredAt && (
            <Alert color="blue" variant="light">
              <Stack gap="xs">
                <Text size="sm">{t('staff.create.restored', { time: formatDateTime(draft.restoredAt) })}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={() => (void draft.discard(), clear())}>
                    {t('common.startOver')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <TextInput
            label={t('common.fullName')}
            value={values.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={form.errors.fullName}
            required
            data-autofocus
            autoComplete="off"
          />
          <TextInput
            label={t('common.username')}
            description={t('common.usernameHelp')}
            value={values.username}
            onChange={(e) => set('username', e.currentTarget.value.toLowerCase())}
            error={form.errors.username}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
          <RoleSelect value={values.role} onChange={(r) => set('role', r)} error={form.errors.role} />
          <TemporaryPasswordInput
            value={password}
            onChange={(v) => (setPassword(v), form.clearFieldError('password'))}
            error={form.errors.password}
            description={t('staff.create.passwordHelp')}
          />
          <ErrorAlert error={form.error} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed" aria-live="polite">
              {draft.status === 'saved' && draft.savedAt
                ? t('common.draftSaved')
                : draft.status === 'error'
                  ? t('common.draftNotSaved')
                  : ''}
            </Text>
            {/* Stays at the right even when the draft note pushes it onto its own line. */}
            <Group ml="auto">
              <Button variant="default" onClick={discardAndClose}>
                {dirty ? t('common.discard') : t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.busy}>
                {t('staff.create.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
