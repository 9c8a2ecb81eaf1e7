import { Input, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import type { FieldErrors } from '../../forms/field-errors';
import { useT } from '../../i18n/useT';
import type { TrustValues } from './trust-form';

interface Props {
  values: TrustValues;
  onChange: (patch: Partial<TrustValues>) => void;
  errors: FieldErrors;
  disabled?: boolean;
  idPrefix: string;
}

/** Sign in to the incoming backup: a manager account it contains, or its recovery key. */
export function RestoreTrustFields({ values, onChange, errors, disabled, idPrefix }: Props) {
  const t = useT();
  return (
    <Stack gap="sm" role="group" aria-labelledby={`${idPrefix}-trust-title`}>
      <div>
        <Title order={4} size="h5" id={`${idPrefix}-trust-title`}>
          {t('trust.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('trust.intro')}
        </Text>
      </div>
      <Input.Wrapper label={t('trust.method')} labelElement="div">
        <div>
          <SegmentedControl
            mt={4}
            value={values.method}
            onChange={(v) => onChange({ method: v as TrustValues['method'] })}
            disabled={disabled}
            data={[
              { value: 'account', label: t('trust.account') },
              { value: 'recoveryKey', label: t('trust.recoveryKey') },
            ]}
          />
        </div>
      </Input.Wrapper>
      {values.method === 'account' ? (
        <>
          <TextInput
            id={`${idPrefix}-trust-username`}
            label={t('trust.username')}
            value={values.username}
            onChange={(e) => onChange({ username: e.currentTarget.value })}
            error={errors['trust.username']}
            autoComplete="off"
            spellCheck={false}
            disabled={disabled}
            required
            maw={360}
          />
          <PasswordField
            id={`${idPrefix}-trust-password`}
            label={t('trust.password')}
            value={values.password}
            onChange={(e) => onChange({ password: e.currentTarget.value })}
            error={errors['trust.password']}
            autoComplete="off"
            disabled={disabled}
            required
            maw={360}
          />
        </>
      ) : (
        <TextInput
          id={`${idPrefix}-trust-recovery`}
          label={t('trust.recoveryKeyLabel')}
          value={values.recoveryKey}
          onChange={(e) => onChange({ recoveryKey: e.currentTarget.value })}
          error={errors['trust.recoveryKey']}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          required
          maw={480}
          ff="monospace"
        />
      )}
    </Stack>
  );
}
