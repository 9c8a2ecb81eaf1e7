import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { AUTHORITY_ROLES, FAMILY_ASSESSMENTS, SUPPORT_ITEMS, type SupportItem } from '../../../../shared/enums/reintegration';
import { DateField } from '../../components/DateField';
import type { FieldErrors } from '../../forms/field-errors';
import { useT } from '../../i18n/useT';
import { usePartnerOptions } from '../residents/file/sharing-fields';
import type { PlanDetails } from './plan-details';

type Props = { value: PlanDetails; onChange: (patch: Partial<PlanDetails>) => void; errors: FieldErrors; abroad: boolean };

/** The plan's partners (local authority, the one abroad), family assessment, best interests and exit date. */
export function PlanDetailFields({ value, onChange, errors, abroad }: Props) {
  const t = useT();
  const { groups, partners } = usePartnerOptions(t);
  const authorities = (partners.data ?? [])
    .filter((p) => p.type === 'local_authority')
    .map((p) => ({ value: p.id, label: p.district ? `${p.name} (${p.district})` : p.name }));
  return (
    <Stack gap="sm">
      {abroad && (
        <Select
          label={t('reintegration.plan.followingPartner')}
          data={groups}
          value={value.followingPartnerId || null}
          onChange={(v) => onChange({ followingPartnerId: v ?? '' })}
          error={errors.followingPartnerId}
          searchable
          clearable
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('reintegration.plan.authority')}
          data={authorities}
          value={value.authorityPartnerId || null}
          onChange={(v) => onChange({ authorityPartnerId: v ?? '' })}
          error={errors['authority.partnerId'] ?? errors.authority}
          searchable
          clearable
        />
        <Select
          label={t('reintegration.plan.authorityRole')}
          data={AUTHORITY_ROLES.map((r) => ({ value: r, label: t(`reintegration.authorityRole.${r}`) }))}
          value={value.authorityRole}
          onChange={(v) => onChange({ authorityRole: v ?? 'village_leader' })}
          error={errors['authority.role']}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('reintegration.plan.familyAssessment')}
          data={FAMILY_ASSESSMENTS.map((a) => ({ value: a, label: t(`reintegration.familyAssessment.${a}`) }))}
          value={value.familyAssessment}
          onChange={(v) => onChange({ familyAssessment: v ?? 'not_done' })}
          error={errors.familyAssessment}
          allowDeselect={false}
        />
        <Textarea
          label={t('reintegration.plan.familyAssessmentNote')}
          value={value.familyAssessmentNote}
          onChange={(e) => onChange({ familyAssessmentNote: e.currentTarget.value })}
          error={errors.familyAssessmentNote}
          autosize
          minRows={1}
        />
      </SimpleGrid>
      <Fieldset legend={t('reintegration.plan.bestInterests')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('reintegration.plan.bestInterestsOn')}
            value={value.bestInterestsOn}
            onChange={(v) => onChange({ bestInterestsOn: v })}
            error={errors['bestInterests.determinedOn'] ?? errors.bestInterests}
          />
          <Textarea
            label={t('reintegration.plan.bestInterestsNote')}
            value={value.bestInterestsNote}
            onChange={(e) => onChange({ bestInterestsNote: e.currentTarget.value })}
            error={errors['bestInterests.note']}
            autosize
            minRows={1}
          />
        </SimpleGrid>
      </Fieldset>
      <SupportPackageField value={value.support} onChange={(support) => onChange({ support })} errors={errors} />
      <DateField
        label={t('reintegration.plan.plannedExitOn')}
        value={value.plannedExitOn}
        onChange={(v) => onChange({ plannedExitOn: v })}
        error={errors.plannedExitOn}
        maw={260}
      />
    </Stack>
  );
}

/** The support package: one line per item with its amount in Rwandan francs, and the total. */
function SupportPackageField({
  value,
  onChange,
  errors,
}: {
  value: PlanDetails['support'];
  onChange: (v: PlanDetails['support']) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<PlanDetails['support'][number]>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const total = value.reduce((sum, s) => sum + (typeof s.amountRwf === 'number' ? s.amountRwf : 0), 0);
  return (
    <Fieldset legend={t('reintegration.plan.support')} variant="unstyled">
      <Stack gap="xs">
        {value.map((s, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select
              label={t('reintegration.plan.supportItem')}
              data={SUPPORT_ITEMS.map((x) => ({ value: x, label: t(`reintegration.support.${x}`) }))}
              value={s.item || null}
              onChange={(v) => set(i, { item: (v ?? '') as SupportItem | '' })}
              error={errors[`support.${i}.item`]}
              w={220}
            />
            <NumberInput
              label={t('reintegration.plan.supportAmount')}
              value={s.amountRwf}
              onChange={(v) => set(i, { amountRwf: v })}
              error={errors[`support.${i}.amountRwf`]}
              min={0}
              thousandSeparator=" "
              allowDecimal={false}
              w={160}
            />
            <TextInput
              label={t('reintegration.plan.supportNote')}
              value={s.note}
              onChange={(e) => set(i, { note: e.currentTarget.value })}
              error={errors[`support.${i}.note`]}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={`${t('reintegration.plan.removeSupport')} ${i + 1}`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...value, { item: '', amountRwf: '', note: '' }])}
          >
            {t('reintegration.plan.addSupport')}
          </Button>
          <Text size="sm" fw={500}>
            {t('reintegration.plan.supportTotal', { amount: total.toLocaleString('fr-RW') })}
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}
