import { Input, SegmentedControl, Textarea } from '@mantine/core';
import { useT } from '../../i18n/useT';

export type Protection = 'passphrase' | 'recipients';

/** How a file is locked: a passphrase, or head office's public keys (age allows not both). */
export function ProtectionSwitch({
  value,
  onChange,
  disabled,
}: {
  value: Protection;
  onChange: (v: Protection) => void;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <Input.Wrapper label={t('backup.protection.label')} labelElement="div">
      <div>
        <SegmentedControl
          mt={4}
          value={value}
          onChange={(v) => onChange(v as Protection)}
          disabled={disabled}
          data={[
            { value: 'passphrase', label: t('backup.protection.passphrase') },
            { value: 'recipients', label: t('backup.protection.recipients') },
          ]}
        />
      </div>
    </Input.Wrapper>
  );
}

/** The `age1…` keys, one a line, in a monospace box. */
export function RecipientsField(p: {
  value: string;
  onChange: (v: string) => void;
  description: string;
  error?: string;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <Textarea
      label={t('backup.protection.recipientsLabel')}
      description={p.description}
      value={p.value}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      error={p.error}
      autosize
      minRows={2}
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      disabled={p.disabled}
      required
    />
  );
}
