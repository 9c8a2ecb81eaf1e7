import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { SUPPORTED_LOCALES, type Locale, type Settings } from '../../../../shared/domain/settings';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../forms/useSubmission';
import { useFormatDateTime } from '../../i18n/format';
import { LOCALE_NAMES, useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useSessionStore } from '../../stores/session';
import { RotateKeysSection } from '../keys/RotateKeysSection';
import { RESIDENT_ACCESS_MODES, type ResidentAccessMode } from '../../../../shared/access/mode';
import { AccessTable } from './AccessTable';
import {
  changedFields,
  SETTINGS_RANGES,
  timeZones,
  toFormValues,
  toSettings,
  validateSettings,
  type SettingsFormValues,
} from './settings-form';

type RangeKey = keyof typeof SETTINGS_RANGES;

interface RangeSettingProps {
  field: RangeKey;
  value: number | string;
  onChange: (value: number | string) => void;
  error?: string;
  readOnly: boolean;
  variant: 'filled' | 'default';
}

/** A whole number within core's range; a value outside it is explained, never silently clamped. */
function RangeSetting({ field, value, onChange, error, readOnly, variant }: RangeSettingProps) {
  const t = useT();
  return (
    <NumberInput
      label={t(`settings.fields.${field}`)}
      description={t(`settings.help.${field}`)}
      value={value}
      onChange={onChange}
      error={error}
      readOnly={readOnly}
      variant={variant}
      min={SETTINGS_RANGES[field].min}
      max={SETTINGS_RANGES[field].max}
      allowDecimal={false}
      clampBehavior="none"
      styles={{ wrapper: { maxWidth: 220 } }}
      required
    />
  );
}

export default function SettingsPage() {
  const settings = useSessionStore((s) => s.settings);
  return settings ? <SettingsForm saved={settings} /> : null;
}

function SettingsForm({ saved }: { saved: Settings }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const canEdit = useCan('settings.update');
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(saved));
  const form = useSubmission({ fieldVars: SETTINGS_RANGES });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const zones = useMemo(() => timeZones(saved.timeZone), [saved.timeZone]);
  const patch = changedFields(saved, toSettings(values));
  const dirty = Object.keys(patch).length > 0;

  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
    setSavedAt(null);
  };

  const send = async () => {
    const next = await call('settings.update', patch);
    useLocaleStore.getState().applyShelterDefault(next.defaultLocale);
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('settings.saved') });
    useSessionStore.getState().setSettings(next);
    // The form continues from what core stored (it trims and upper-cases).
    setValues(toFormValues(next));
    setSavedAt(new Date().toISOString());
  };

  const readOnly = !canEdit;
  // Read-only fields look different from editable ones, so nobody tries to type in them.
  const variant = readOnly ? ('filled' as const) : ('default' as const);

  return (
    <Stack gap="lg">
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
          <form onSubmit={form.onSubmit(() => validateSettings(t, values), send)} noValidate>
            <Stack gap="md">
              <TextInput
                label={t('settings.fields.organisationName')}
                value={values.organisationName}
                onChange={(e) => set('organisationName', e.currentTarget.value)}
                error={form.errors.organisationName}
                readOnly={readOnly}
                variant={variant}
                required
              />
              <TextInput
                label={t('settings.fields.siteCode')}
                description={t('settings.help.siteCode')}
                value={values.siteCode}
                onChange={(e) => set('siteCode', e.currentTarget.value.toUpperCase())}
                error={form.errors.siteCode}
                readOnly={readOnly}
                variant={variant}
                maxLength={6}
                styles={{ wrapper: { maxWidth: 220 } }}
                required
              />
              <RangeSetting
                field="idleLockMinutes"
                value={values.idleLockMinutes}
                onChange={(v) => set('idleLockMinutes', v)}
                error={form.errors.idleLockMinutes}
                readOnly={readOnly}
                variant={variant}
              />
              <Select
                label={t('settings.fields.timeZone')}
                description={t('settings.help.timeZone')}
                data={zones}
                value={values.timeZone}
                onChange={(v) => v && set('timeZone', v)}
                error={form.errors.timeZone}
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
                error={form.errors.defaultLocale}
                disabled={readOnly}
                styles={{ wrapper: { maxWidth: 260 } }}
              />
              <RangeSetting
                field="stayLimitDays"
                value={values.stayLimitDays}
                onChange={(v) => set('stayLimitDays', v)}
                error={form.errors.stayLimitDays}
                readOnly={readOnly}
                variant={variant}
              />
              <RangeSetting
                field="previousRetentionDays"
                value={values.previousRetentionDays}
                onChange={(v) => set('previousRetentionDays', v)}
                error={form.errors.previousRetentionDays}
                readOnly={readOnly}
                variant={variant}
              />
              <NativeSelect
                label={t('settings.fields.residentAccess')}
                description={t('access.modeHelp')}
                value={values.residentAccess}
                onChange={(e) => set('residentAccess', e.currentTarget.value as ResidentAccessMode)}
                data={RESIDENT_ACCESS_MODES.map((m) => ({ value: m, label: t(`access.mode.${m}`) }))}
                error={form.errors.residentAccess}
                disabled={readOnly}
                styles={{ wrapper: { maxWidth: 360 } }}
              />
              <RangeSetting
                field="anonymisationK"
                value={values.anonymisationK}
                onChange={(v) => set('anonymisationK', v)}
                error={form.errors.anonymisationK}
                readOnly={readOnly}
                variant={variant}
              />
              <TextInput
                label={t('settings.fields.followUpMonths')}
                description={t('settings.help.followUpMonths')}
                value={values.followUpMonths}
                onChange={(e) => set('followUpMonths', e.currentTarget.value)}
                error={form.errors.followUpMonths}
                readOnly={readOnly}
                variant={variant}
                inputMode="numeric"
                styles={{ wrapper: { maxWidth: 260 } }}
                required
              />
              <ErrorAlert error={form.error} />
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
                  <Button
                    variant="default"
                    disabled={!dirty || form.busy}
                    onClick={() => (setValues(toFormValues(saved)), form.setErrors({}))}
                  >
                    {t('settings.undo')}
                  </Button>
                  <Button type="submit" loading={form.busy} disabled={!dirty}>
                    {t('settings.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Paper>
        <RotateKeysSection />
      </Stack>
      {/* Wider than the form: eight categories side by side. */}
      {canEdit && <AccessTable />}
    </Stack>
  );
}
