import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { SUPPORTED_LOCALES, type Locale, type Settings } from '../../../../shared/domain/settings';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, hasErrors, type FieldErrors } from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
import { useFormatDateTime } from '../../i18n/format';
import { LOCALE_NAMES, useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useSessionStore } from '../../stores/session';
import { changedFields, SETTINGS_RANGES, timeZones, toSettings, validateSettings, type SettingsFormValues } from './settings-form';

export default function SettingsPage() {
  const settings = useSessionStore((s) => s.settings);
  return settings ? <SettingsForm saved={settings} /> : null;
}

function SettingsForm({ saved }: { saved: Settings }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const canEdit = useCan('settings.update');
  const [values, setValues] = useState<SettingsFormValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const zones = useMemo(() => timeZones(saved.timeZone), [saved.timeZone]);
  const patch = changedFields(saved, toSettings(values));
  const dirty = Object.keys(patch).length > 0;

  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
    setSavedAt(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateSettings(t, values);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const next = await call('settings.update', patch);
      useLocaleStore.getState().applyShelterDefault(next.defaultLocale);
      notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('settings.saved') });
      useSessionStore.getState().setSettings(next);
      // The form continues from what core stored (it trims and upper-cases).
      setValues(next);
      setSavedAt(new Date().toISOString());
    } catch (caught) {
      const err = toApiError(caught);
      setError(err);
      setErrors(apiFieldErrors(t, err, SETTINGS_RANGES));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  const readOnly = !canEdit;
  // Read-only fields look different from editable ones, so nobody tries to type in them.
  const variant = readOnly ? 'filled' : 'default';

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={2}>{t('settings.title')}</Title>
        <Text c="dimmed">{canEdit ? t('settings.intro') : t('settings.introReadOnly')}</Text>
      </div>
      {readOnly && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('settings.readOnly')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('settings.fields.organisationName')}
              value={values.organisationName}
              onChange={(e) => set('organisationName', e.currentTarget.value)}
              error={errors.organisationName}
              readOnly={readOnly}
              variant={variant}
              required
            />
            <TextInput
              label={t('settings.fields.siteCode')}
              description={t('settings.help.siteCode')}
              value={values.siteCode}
              onChange={(e) => set('siteCode', e.currentTarget.value.toUpperCase())}
              error={errors.siteCode}
              readOnly={readOnly}
              variant={variant}
              maxLength={6}
              styles={{ wrapper: { maxWidth: 220 } }}
              required
            />
            <NumberInput
              label={t('settings.fields.idleLockMinutes')}
              description={t('settings.help.idleLockMinutes')}
              value={values.idleLockMinutes}
              onChange={(v) => set('idleLockMinutes', v)}
              error={errors.idleLockMinutes}
              readOnly={readOnly}
              variant={variant}
              min={SETTINGS_RANGES.idleLockMinutes.min}
              max={SETTINGS_RANGES.idleLockMinutes.max}
              allowDecimal={false}
              clampBehavior="none"
              styles={{ wrapper: { maxWidth: 220 } }}
              required
            />
            <Select
              label={t('settings.fields.timeZone')}
              description={t('settings.help.timeZone')}
              data={zones}
              value={values.timeZone}
              onChange={(v) => v && set('timeZone', v)}
              error={errors.timeZone}
              readOnly={readOnly}
              variant={variant}
              searchable
              allowDeselect={false}
              limit={50}
              nothingFoundMessage={t('settings.noTimeZone')}
              maxDropdownHeight={260}
              required
            />
            <NativeSelect
              label={t('settings.fields.defaultLocale')}
              description={t('settings.help.defaultLocale')}
              value={values.defaultLocale}
              onChange={(e) => set('defaultLocale', e.currentTarget.value as Locale)}
              data={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              error={errors.defaultLocale}
              disabled={readOnly}
              styles={{ wrapper: { maxWidth: 260 } }}
            />
            <NumberInput
              label={t('settings.fields.stayLimitDays')}
              description={t('settings.help.stayLimitDays')}
              value={values.stayLimitDays}
              onChange={(v) => set('stayLimitDays', v)}
              error={errors.stayLimitDays}
              readOnly={readOnly}
              variant={variant}
              min={SETTINGS_RANGES.stayLimitDays.min}
              max={SETTINGS_RANGES.stayLimitDays.max}
              allowDecimal={false}
              clampBehavior="none"
              styles={{ wrapper: { maxWidth: 220 } }}
              required
            />
            <ErrorAlert error={error} />
            {savedAt && !dirty && (
              <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} role="status">
                {t('settings.savedAt', { time: formatDateTime(savedAt) })}
              </Alert>
            )}
            {canEdit && (
              <Group justify="flex-end">
                {!dirty && (
                  <Text size="sm" c="dimmed">
                    {t('settings.noChanges')}
                  </Text>
                )}
                <Button variant="default" disabled={!dirty || busy} onClick={() => (setValues(saved), setErrors({}))}>
                  {t('settings.undo')}
                </Button>
                <Button type="submit" loading={busy} disabled={!dirty}>
                  {t('settings.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
