import { SegmentedControl, Stack, Input } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import type { FieldErrors } from '../../forms/field-errors';
import { useT } from '../../i18n/useT';
import { PathChoice } from './PathChoice';
import type { SourceValues, UnlockMethod } from './source-form';

interface Props {
  values: SourceValues;
  onChange: (patch: Partial<SourceValues>) => void;
  errors: FieldErrors;
  disabled?: boolean;
  /** Distinguishes the passphrase fields of several panels on one page. */
  idPrefix: string;
}

/**
 * Backup file, the folder of its chain when it holds changes only, then passphrase or key
 * file: the same questions wherever a backup is opened.
 */
export function BackupSourceFields({ values, onChange, errors, disabled, idPrefix }: Props) {
  const t = useT();
  return (
    <Stack gap="md">
      <PathChoice
        label={t('backup.source.file')}
        request={{ kind: 'backupFile' }}
        value={values.source}
        onChange={(source) => onChange({ source })}
        error={errors.source}
        disabled={disabled}
      />
      <PathChoice
        label={t('chainRestore.links')}
        description={t('chainRestore.linksHelp')}
        request={{ kind: 'backupFolder' }}
        value={values.links}
        onChange={(links) => onChange({ links })}
        error={errors.links}
        disabled={disabled}
      />
      <Input.Wrapper label={t('backup.source.unlockWith')} labelElement="div">
        <div>
          <SegmentedControl
            mt={4}
            value={values.method}
            onChange={(v) => onChange({ method: v as UnlockMethod })}
            disabled={disabled}
            data={[
              { value: 'passphrase', label: t('backup.source.passphrase') },
              { value: 'identity', label: t('backup.source.identity') },
            ]}
          />
        </div>
      </Input.Wrapper>
      {values.method === 'passphrase' ? (
        <PasswordField
          id={`${idPrefix}-passphrase`}
          label={t('backup.source.passphraseLabel')}
          value={values.passphrase}
          onChange={(e) => onChange({ passphrase: e.currentTarget.value })}
          error={errors.passphrase}
          autoComplete="off"
          disabled={disabled}
          required
          maw={480}
        />
      ) : (
        <PathChoice
          label={t('backup.source.identityLabel')}
          description={t('backup.source.identityHelp')}
          request={{ kind: 'identityFile' }}
          value={values.identity}
          onChange={(identity) => onChange({ identity })}
          error={errors.identity}
          disabled={disabled}
        />
      )}
    </Stack>
  );
}
