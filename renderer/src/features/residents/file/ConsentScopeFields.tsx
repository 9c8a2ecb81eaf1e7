import { Checkbox, Group, MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import { REFERRAL_OUT_ORGANISATION_TYPES } from '../../../../../shared/enums/referral-out';
import { SHARING_CATEGORIES } from '../../../../../shared/enums/sharing';
import type { FieldErrors } from '../../../forms/field-errors';
import { useT } from '../../../i18n/useT';
import { usePartnerOptions } from './ReferralOutCreateForm';

type ScopeKey = 'partnerIds' | 'partnerTypes' | 'categories';

/** A sharing consent's scope: partners from the directory (or every partner of a type) and what may be shared. */
export function ConsentScopeFields(props: {
  partnerIds: string[];
  partnerTypes: string[];
  categories: string[];
  onChange: (key: ScopeKey, value: string[]) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  const { groups } = usePartnerOptions(t);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('sharing.targetsLabel')}
          description={t('sharing.targetsHelp')}
          data={groups}
          value={props.partnerIds}
          onChange={(v) => props.onChange('partnerIds', v)}
          error={props.errors.partnerIds}
          searchable
          maxValues={20}
        />
        <MultiSelect
          label={t('sharing.partnerTypeLabel')}
          data={REFERRAL_OUT_ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`referralsOut.organisationType.${o}`) }))}
          value={props.partnerTypes}
          onChange={(v) => props.onChange('partnerTypes', v)}
          error={props.errors.partnerTypes}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('sharing.categoriesLabel')}
        description={t('sharing.categoriesHelp')}
        value={props.categories}
        onChange={(v) => props.onChange('categories', v)}
        error={props.errors.categories}
        withAsterisk
      >
        <Group gap="md" mt={6}>
          {SHARING_CATEGORIES.map((c) => (
            <Checkbox key={c} value={c} label={t(`sharing.category.${c}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
