import { Checkbox, Group } from '@mantine/core';
import { SHARING_CATEGORIES, type SharingCategory } from '../../../../../shared/enums/sharing';
import { useT, type TFunction } from '../../../i18n/useT';
import { useChannelData } from './useChannelData';

/** The partners of the directory, grouped by type, for a Select or MultiSelect. */
export function usePartnerOptions(t: TFunction) {
  const partners = useChannelData('partners.list', { includeRemoved: false });
  // Mantine reads any item with a `group` key as a group: items carry value and label only.
  const groups = [...new Set((partners.data ?? []).map((p) => p.type))].map((type) => ({
    group: t(`referralsOut.organisationType.${type}`),
    items: (partners.data ?? [])
      .filter((p) => p.type === type)
      .map((p) => ({ value: p.id, label: p.district ? `${p.name} (${p.district})` : p.name })),
  }));
  return { groups, partners };
}

/** Which parts of her file may go to a partner: a consent's scope, or what a referral carries. */
export function SharingCategoriesField(props: { value: string[]; onChange: (v: SharingCategory[]) => void; error?: string }) {
  const t = useT();
  return (
    <Checkbox.Group
      label={t('sharing.categoriesLabel')}
      description={t('sharing.categoriesHelp')}
      value={props.value}
      onChange={(v) => props.onChange(v as SharingCategory[])}
      error={props.error}
      withAsterisk
    >
      <Group gap="md" mt={6}>
        {SHARING_CATEGORIES.map((c) => (
          <Checkbox key={c} value={c} label={t(`sharing.category.${c}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
