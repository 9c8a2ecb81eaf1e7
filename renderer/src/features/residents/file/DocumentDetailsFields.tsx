import { Select, TextInput } from '@mantine/core';
import { DOCUMENT_KINDS } from '../../../../../shared/enums/documents';
import { useT } from '../../../i18n/useT';

/** What a document is and its title: the same two fields when attaching and when correcting. */
export function DocumentDetailsFields({
  values,
  errors,
  onChange,
  focusKind = false,
}: {
  values: { kind: string; title: string };
  errors: Partial<Record<'kind' | 'title', string>>;
  onChange: (field: 'kind' | 'title', value: string) => void;
  /** The kind comes first when attaching; when correcting, the title is what usually changes. */
  focusKind?: boolean;
}) {
  const t = useT();
  return (
    <>
      <Select
        label={t('documents.kindLabel')}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
        value={values.kind || null}
        onChange={(v) => onChange('kind', v ?? '')}
        error={errors.kind}
        allowDeselect={!focusKind ? false : undefined}
        required
        data-autofocus={focusKind || undefined}
        autoFocus={focusKind}
      />
      <TextInput
        label={t('documents.titleLabel')}
        description={t('documents.titleHelp')}
        value={values.title}
        onChange={(e) => onChange('title', e.currentTarget.value)}
        error={errors.title}
        maxLength={120}
        required
        data-autofocus={!focusKind || undefined}
      />
    </>
  );
}
