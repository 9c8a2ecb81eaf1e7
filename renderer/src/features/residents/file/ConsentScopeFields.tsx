import { MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import { REFERRAL_OUT_ORGANISATION_TYPES } from '../../../../../shared/enums/referral-out';
import type { FieldErrors } from '../../../forms/field-errors';
import { useT } from '../../../i18n/useT';
import { SharingCategoriesField, usePartnerOptions } from './sharing-fields';

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
      <SharingCategoriesField value={props.categories} onChange={(v) => props.onChange('categories', v)} error={props.errors.categories} />
    </Stack>
  );
}
