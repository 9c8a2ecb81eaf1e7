import { Alert, Button, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { VisitView } from '../../../../shared/domain/reintegration';
import {
  REINTEGRATION_DIMENSIONS,
  REINTEGRATION_INDICATOR_IDS,
  REINTEGRATION_INDICATORS,
  VISIT_MODES,
  type ReintegrationIndicator,
} from '../../../../shared/enums/reintegration';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmit } from './use-submit';
import { useT } from '../../i18n/useT';
import { DateField } from '../../components/DateField';

const RATINGS = ['1', '2', '3', '4', '5'];

/** Recording a due visit: who went, whether she was reached, and the ten indicators (the formula shown). */
export function VisitForm({
  visit,
  today,
  onSaved,
  onCancel,
}: {
  visit: VisitView;
  today: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [visitedOn, setVisitedOn] = useState(today);
  const [mode, setMode] = useState<string>('home_visit');
  const [visitors, setVisitors] = useState('');
  const [reached, setReached] = useState(true);
  const [ratings, setRatings] = useState<Partial<Record<ReintegrationIndicator, string>>>({});
  const [findings, setFindings] = useState('');
  const [actions, setActions] = useState('');
  const { busy, error, errors, run } = useSubmit();

  const save = () =>
    run(async () => {
      const complete = REINTEGRATION_INDICATOR_IDS.every((k) => ratings[k]);
      await call('residents.reintegration.recordVisit', {
        visitId: visit.id,
        visitedOn,
        mode: mode as VisitView['mode'] & string,
        visitors,
        reached,
        ...(reached && complete
          ? {
              ratings: Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, Number(ratings[k])])) as Record<
                ReintegrationIndicator,
                number
              >,
            }
          : {}),
        ...(findings.trim() ? { findings } : {}),
        ...(actions.trim() ? { actionsAgreed: actions } : {}),
      });
    }, onSaved);

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())} aria-label={t('reintegration.visit.title')}>
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('reintegration.visit.visitedOn')}
          value={visitedOn}
          onChange={(d) => setVisitedOn(d)}
          error={errors.visitedOn}
          required
        />
        <Select
          label={t('reintegration.visit.mode')}
          data={VISIT_MODES.map((m) => ({ value: m, label: t(`reintegration.visitMode.${m}`) }))}
          value={mode}
          onChange={(v) => setMode(v ?? 'home_visit')}
          allowDeselect={false}
        />
        <TextInput
          label={t('reintegration.visit.visitors')}
          value={visitors}
          onChange={(e) => setVisitors(e.currentTarget.value)}
          error={errors.visitors}
          required
        />
      </SimpleGrid>
      <Checkbox label={t('reintegration.visit.reached')} checked={reached} onChange={(e) => setReached(e.currentTarget.checked)} />
      {reached && (
        <Stack gap="xs">
          <Text fw={600}>{t('reintegration.visit.ratings')}</Text>
          <Text size="sm" c="dimmed">
            {t('reintegration.visit.formula')}
          </Text>
          {errors.ratings && (
            <Alert color="red" variant="light" role="alert">
              {errors.ratings}
            </Alert>
          )}
          {REINTEGRATION_DIMENSIONS.map((dim) => (
            <Stack key={dim} gap={4}>
              <Text size="sm" fw={600} tt="uppercase" c="dimmed">
                {t(`reintegration.dimension.${dim}`)}
              </Text>
              {REINTEGRATION_INDICATOR_IDS.filter((k) => REINTEGRATION_INDICATORS[k] === dim).map((k) => (
                <Radio.Group
                  key={k}
                  name={`rating-${k}`}
                  label={t(`reintegration.indicator.${k}`)}
                  value={ratings[k] ?? ''}
                  onChange={(v) => setRatings((r) => ({ ...r, [k]: v }))}
                  error={errors[`ratings.${k}`]}
                >
                  <Group gap="md" mt={2}>
                    {RATINGS.map((r) => (
                      <Radio key={r} value={r} label={r} />
                    ))}
                  </Group>
                </Radio.Group>
              ))}
            </Stack>
          ))}
        </Stack>
      )}
      <Textarea
        label={t('reintegration.visit.findings')}
        value={findings}
        onChange={(e) => setFindings(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('reintegration.visit.actionsAgreed')}
        value={actions}
        onChange={(e) => setActions(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group>
        <Button type="submit" loading={busy}>
          {t('reintegration.visit.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
