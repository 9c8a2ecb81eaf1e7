import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/domain/reintegration';
import { REINTEGRATION_DESTINATIONS, RETRAFFICKING_RISK_REASONS, RETRAFFICKING_RISKS } from '../../../../shared/enums/reintegration';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmit } from './use-submit';
import { useT } from '../../i18n/useT';
import { OriginFields } from '../residents/fields/OriginFields';
import { EMPTY_ORIGIN, type OriginValues } from '../residents/fields/origin-values';
import { PlanDetailFields } from './PlanDetailFields';
import { planDetailsInput, planDetailsOf, type PlanDetails } from './plan-details';

const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The plan's main fields; the whole plan is saved at once and core checks the village. */
export function PlanForm({
  residentId,
  plan,
  onSaved,
  onCancel,
}: {
  residentId: string;
  plan: PlanView | null;
  onSaved: (p: PlanView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [destinationType, setDestinationType] = useState<string>(plan?.destinationType ?? 'family');
  const [origin, setOrigin] = useState<OriginValues>({ ...EMPTY_ORIGIN, country: 'RW', ...(plan?.destination ?? {}) } as OriginValues);
  const [contactName, setContactName] = useState(plan?.householdContact?.name ?? '');
  const [contactRel, setContactRel] = useState(plan?.householdContact?.relationship ?? '');
  const [contactPhone, setContactPhone] = useState(plan?.householdContact?.phone ?? '');
  const [risk, setRisk] = useState<string>(plan?.risk ?? 'low');
  const [riskReasons, setRiskReasons] = useState<string[]>(plan?.riskReasons ?? []);
  const [riskNote, setRiskNote] = useState(plan?.riskNote ?? '');
  const [details, setDetails] = useState<PlanDetails>(() => planDetailsOf(plan));
  const [wishes, setWishes] = useState(plan?.wishes ?? '');
  const { busy, error, errors, run } = useSubmit();

  const save = () =>
    run(async () => {
      const destination = Object.fromEntries(Object.entries(origin).filter(([, v]) => v)) as { country: string };
      const saved = await call('residents.reintegration.savePlan', {
        residentId,
        destinationType: destinationType as PlanView['destinationType'],
        destination,
        ...planDetailsInput(details, origin.country !== 'RW'),
        ...(blank(contactName) && blank(contactRel)
          ? { householdContact: { name: contactName, relationship: contactRel, ...(blank(contactPhone) ? { phone: contactPhone } : {}) } }
          : {}),
        risk: risk as PlanView['risk'],
        riskReasons: riskReasons as PlanView['riskReasons'],
        ...(blank(riskNote) ? { riskNote } : {}),
        ...(blank(wishes) ? { wishes } : {}),
      });
      onSaved(saved);
    });

  const originErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('destination.'))
      .map(([k, v]) => [k.slice('destination.'.length), v]),
  );

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())} aria-label={t('reintegration.plan.title')}>
      <ErrorAlert error={error} />
      <Select
        label={t('reintegration.plan.destinationType')}
        data={REINTEGRATION_DESTINATIONS.map((d) => ({ value: d, label: t(`reintegration.destination.${d}`) }))}
        value={destinationType}
        onChange={(v) => setDestinationType(v ?? 'family')}
        allowDeselect={false}
      />
      <OriginFields value={origin} onChange={(c) => setOrigin((o) => ({ ...o, ...c }))} errors={originErrors} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('reintegration.plan.contactName')}
          value={contactName}
          onChange={(e) => setContactName(e.currentTarget.value)}
          error={errors['householdContact.name']}
        />
        <TextInput
          label={t('reintegration.plan.contactRelationship')}
          value={contactRel}
          onChange={(e) => setContactRel(e.currentTarget.value)}
          error={errors['householdContact.relationship']}
        />
        <TextInput
          label={t('reintegration.plan.contactPhone')}
          value={contactPhone}
          onChange={(e) => setContactPhone(e.currentTarget.value)}
          error={errors['householdContact.phone']}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('reintegration.plan.risk')}
          data={RETRAFFICKING_RISKS.map((r) => ({ value: r, label: t(`reintegration.risk.${r}`) }))}
          value={risk}
          onChange={(v) => setRisk(v ?? 'low')}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('reintegration.plan.riskReasons')}
          data={RETRAFFICKING_RISK_REASONS.map((r) => ({ value: r, label: t(`reintegration.riskReason.${r}`) }))}
          value={riskReasons}
          onChange={setRiskReasons}
        />
      </SimpleGrid>
      <Textarea
        label={t('reintegration.plan.riskNote')}
        value={riskNote}
        onChange={(e) => setRiskNote(e.currentTarget.value)}
        error={errors.riskNote}
        autosize
        minRows={1}
      />
      <PlanDetailFields
        value={details}
        onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
        errors={errors}
        abroad={origin.country !== 'RW'}
      />
      <Textarea
        label={t('reintegration.plan.wishes')}
        value={wishes}
        onChange={(e) => setWishes(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group>
        <Button type="submit" loading={busy}>
          {t('reintegration.plan.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
