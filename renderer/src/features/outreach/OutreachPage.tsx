import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { OutreachFilter, OutreachView } from '../../../../shared/domain/outreach';
import { AUDIENCE_COUNT_FIELDS, OUTREACH_AUDIENCES, OUTREACH_TYPES, REFUGEE_CAMPS } from '../../../../shared/enums/outreach';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { useChannelData } from '../residents/file/useChannelData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { fieldMessage } from '../../forms/field-errors';
import { useFormatDate } from '../../i18n/format';
import { useT, type TFunction } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useShelterToday } from '../residents/admit/today';
import { DateField } from '../../components/DateField';
import { isRealDate } from '../../../../shared/i18n/format';

const options = (t: TFunction, group: string, ids: readonly string[]) =>
  ids.map((id) => ({ value: id, label: t(`outreach.${group}.${id}` as MessageKey) }));

/** The outreach and training log: filters, the list, and a form for staff who hold events. */
export default function OutreachPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const canRecord = useCan('outreach.record');
  const [filter, setFilter] = useState<OutreachFilter>({});
  const listed = useChannelData('outreach.list', filter);
  const list = listed.data;
  const error = listed.error;
  const [recording, setRecording] = useState(false);

  const place = (a: OutreachView) =>
    a.camp ? t(`outreach.camp.${a.camp}` as MessageKey) : [a.district, a.sector].filter(Boolean).join(' · ');
  const reached = (a: OutreachView) => AUDIENCE_COUNT_FIELDS.reduce((n, k) => n + a[k], 0);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('outreach.title')}</Title>
          <Text c="dimmed">{t('outreach.intro')}</Text>
        </div>
        {canRecord && !recording && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRecording(true)}>
            {t('outreach.record')}
          </Button>
        )}
      </Group>
      {recording && (
        <RecordForm
          onCancel={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            listed.reload();
          }}
        />
      )}
      <Paper withBorder p="md">
        <Group align="flex-end">
          <DateField
            label={t('outreach.filters.from')}
            value={filter.from ?? ''}
            onChange={(d) => setFilter({ ...filter, from: isRealDate(d) ? d : undefined })}
          />
          <DateField
            label={t('outreach.filters.to')}
            value={filter.to ?? ''}
            onChange={(d) => setFilter({ ...filter, to: isRealDate(d) ? d : undefined })}
          />
          <Select
            label={t('outreach.fields.type')}
            placeholder={t('outreach.filters.type')}
            data={options(t, 'type', OUTREACH_TYPES)}
            value={filter.type ?? null}
            onChange={(v) => setFilter({ ...filter, type: (v ?? undefined) as OutreachFilter['type'] })}
            clearable
          />
          <TextInput
            label={t('outreach.fields.district')}
            placeholder={t('outreach.filters.district')}
            value={filter.district ?? ''}
            onChange={(e) => setFilter({ ...filter, district: e.currentTarget.value || undefined })}
          />
        </Group>
      </Paper>
      <ErrorAlert error={error} />
      <Paper withBorder>
        {list === null ? (
          !error && <PageLoader />
        ) : list.length === 0 ? (
          <Text c="dimmed" fs="italic" p="md">
            {t('outreach.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('outreach.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outreach.fields.heldOn')}</Table.Th>
                  <Table.Th>{t('outreach.fields.type')}</Table.Th>
                  <Table.Th>{t('outreach.fields.place')}</Table.Th>
                  <Table.Th>{t('outreach.fields.audience')}</Table.Th>
                  <Table.Th ta="right">{t('outreach.fields.reached')}</Table.Th>
                  <Table.Th>{t('outreach.fields.partners')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.heldOn)}</Table.Td>
                    <Table.Td>{t(`outreach.type.${a.type}` as MessageKey)}</Table.Td>
                    <Table.Td>{place(a)}</Table.Td>
                    <Table.Td>{t(`outreach.audience.${a.audience}` as MessageKey)}</Table.Td>
                    <Table.Td ta="right">{reached(a)}</Table.Td>
                    <Table.Td>{a.partners.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}

function RecordForm({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const t = useT();
  const today = useShelterToday();
  const [v, setV] = useState({
    heldOn: today,
    type: '',
    province: '',
    district: '',
    sector: '',
    camp: '',
    audience: '',
    femaleUnder18: 0,
    femaleAdult: 0,
    maleUnder18: 0,
    maleAdult: 0,
    partnerIds: [] as string[],
    staffIds: [] as string[],
    notes: '',
  });
  // Names only: the directory's partners and the colleagues who may have been there.
  const names = useChannelData('directory.names', {});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => setV((x) => ({ ...x, [k]: value }));
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? fieldMessage(t, f.code) : undefined;
  };
  const blank = (s: string) => (s.trim() ? s : undefined);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('outreach.record', {
        ...v,
        type: v.type as never,
        audience: v.audience as never,
        province: blank(v.province),
        district: blank(v.district),
        sector: blank(v.sector),
        camp: (blank(v.camp) ?? undefined) as never,
        notes: blank(v.notes),
      });
      notifications.show({ color: 'green', message: t('outreach.recorded') });
      onDone();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('outreach.record')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('outreach.record')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('outreach.fields.heldOn')}
              value={v.heldOn}
              onChange={(d) => set('heldOn', d)}
              error={fieldError('heldOn')}
              required
            />
            <Select
              label={t('outreach.fields.type')}
              data={options(t, 'type', OUTREACH_TYPES)}
              value={v.type || null}
              onChange={(x) => set('type', x ?? '')}
              error={fieldError('type')}
              required
            />
            <Select
              label={t('outreach.fields.audience')}
              data={options(t, 'audience', OUTREACH_AUDIENCES)}
              value={v.audience || null}
              onChange={(x) => set('audience', x ?? '')}
              error={fieldError('audience')}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={t('outreach.fields.province')}
              value={v.province}
              onChange={(e) => set('province', e.currentTarget.value)}
              error={fieldError('place.province')}
            />
            <TextInput
              label={t('outreach.fields.district')}
              value={v.district}
              onChange={(e) => set('district', e.currentTarget.value)}
              error={fieldError('district') ?? fieldError('place.district')}
            />
            <TextInput
              label={t('outreach.fields.sector')}
              value={v.sector}
              onChange={(e) => set('sector', e.currentTarget.value)}
              error={fieldError('place.sector')}
            />
            <Select
              label={t('outreach.fields.camp')}
              data={options(t, 'camp', REFUGEE_CAMPS)}
              value={v.camp || null}
              onChange={(x) => set('camp', x ?? '')}
              clearable
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {AUDIENCE_COUNT_FIELDS.map((k) => (
              <NumberInput
                key={k}
                label={t(`outreach.count.${k}` as MessageKey)}
                min={0}
                value={v[k]}
                onChange={(x) => set(k, typeof x === 'number' ? x : 0)}
                error={fieldError(k)}
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('outreach.fields.partners')}
              description={t('outreachPickers.partnersHelp')}
              data={(names.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={v.partnerIds}
              onChange={(x) => set('partnerIds', x)}
              error={fieldError('partnerIds')}
              nothingFoundMessage={t('outreachPickers.noMatch')}
              searchable
              clearable
              maxValues={10}
            />
            <MultiSelect
              label={t('outreach.fields.staff')}
              description={t('outreachPickers.staffHelp')}
              data={(names.data?.staff ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
              value={v.staffIds}
              onChange={(x) => set('staffIds', x)}
              error={fieldError('staffIds')}
              nothingFoundMessage={t('outreachPickers.noMatch')}
              searchable
              clearable
              maxValues={20}
            />
          </SimpleGrid>
          <ErrorAlert error={names.error} />
          <Textarea
            label={t('outreach.fields.notes')}
            value={v.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {error && !error.fields?.length && <ErrorAlert error={error} />}
          <Group>
            <Button type="submit" loading={busy}>
              {t('outreach.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
