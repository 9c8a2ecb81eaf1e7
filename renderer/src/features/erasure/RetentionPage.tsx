import { Alert, Badge, Button, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  RETENTION_CATEGORIES,
  type RetentionCase,
  type RetentionCategory,
  type RetentionSettings,
} from '../../../../shared/domain/retention';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useSubmission } from '../../forms/useSubmission';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useChannelData } from '../residents/file/useChannelData';
import { EraseDialog } from './EraseDialog';

type Months = number | string;

/**
 * How long closed cases are kept (per way of closing, with a default), and the cases past
 * it. Nothing goes until the manager pseudonymises or erases one, in one step each.
 */
export default function RetentionPage() {
  const t = useT();
  const settings = useChannelData('retention.get', {});
  const review = useChannelData('retention.review', {});
  const [acting, setActing] = useState<{ kind: 'pseudonymise' | 'erase'; c: RetentionCase } | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('retention.title')}</Title>
        <Text c="dimmed">{t('retention.intro')}</Text>
      </div>
      <ErrorAlert error={settings.error ?? review.error} />
      {!settings.data && !settings.error && <PageLoader />}
      {settings.data && (
        <PeriodsForm key={JSON.stringify(settings.data)} initial={settings.data} onSaved={(s) => (settings.set(s), review.reload())} />
      )}
      <Paper withBorder p="md">
        <Title order={3} mb="sm">
          {t('retention.review.title')}
        </Title>
        {review.data?.length === 0 && <Text>{t('retention.review.empty')}</Text>}
        {review.data && review.data.length > 0 && <ReviewTable cases={review.data} onAct={(kind, c) => setActing({ kind, c })} />}
      </Paper>
      {acting?.kind === 'pseudonymise' && (
        <PseudonymiseDialog c={acting.c} onClose={() => setActing(null)} onDone={() => (setActing(null), review.reload())} />
      )}
      {acting?.kind === 'erase' && (
        <EraseDialog residentId={acting.c.residentId} onClose={() => setActing(null)} onErased={review.reload} />
      )}
    </Stack>
  );
}

function PeriodsForm({ initial, onSaved }: { initial: RetentionSettings; onSaved: (s: RetentionSettings) => void }) {
  const t = useT();
  const form = useSubmission();
  const [defaultMonths, setDefaultMonths] = useState<Months>(initial.defaultMonths);
  const [byCategory, setByCategory] = useState<Partial<Record<RetentionCategory, Months>>>(initial.byCategory);

  const input = (): RetentionSettings => ({
    defaultMonths: Number(defaultMonths),
    byCategory: Object.fromEntries(
      Object.entries(byCategory)
        .filter(([, v]) => v !== '' && v !== undefined)
        .map(([k, v]) => [k, Number(v)]),
    ),
  });
  const send = async () => {
    onSaved(await call('retention.save', input()));
    notifications.show({ color: 'green', message: t('retention.saved') });
  };
  const check = (): Record<string, string> => (defaultMonths === '' ? { defaultMonths: t('validation.required') } : {});

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <NumberInput
            label={t('retention.defaultMonths')}
            value={defaultMonths}
            onChange={setDefaultMonths}
            error={form.errors.defaultMonths}
            allowDecimal={false}
            min={1}
            clampBehavior="none"
            max={1200}
            maw={320}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {RETENTION_CATEGORIES.map((c) => (
              <NumberInput
                key={c}
                label={t('retention.categoryMonths', { category: t(`retention.categories.${c}`) })}
                placeholder={String(defaultMonths)}
                description={t('retention.useDefault')}
                value={byCategory[c] ?? ''}
                onChange={(v) => setByCategory((b) => ({ ...b, [c]: v }))}
                error={form.errors[`byCategory.${c}`]}
                allowDecimal={false}
                min={1}
                clampBehavior="none"
                max={1200}
              />
            ))}
          </SimpleGrid>
          <ErrorAlert error={form.error} />
          <Group>
            <Button type="submit" loading={form.busy}>
              {t('retention.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ReviewTable({ cases, onAct }: { cases: RetentionCase[]; onAct: (kind: 'pseudonymise' | 'erase', c: RetentionCase) => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('retention.review.title')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('retention.review.code')}</Table.Th>
            <Table.Th>{t('retention.review.name')}</Table.Th>
            <Table.Th>{t('retention.review.category')}</Table.Th>
            <Table.Th>{t('retention.review.closedOn')}</Table.Th>
            <Table.Th>{t('retention.review.keepUntil')}</Table.Th>
            <Table.Th>{t('retention.review.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.residentId}>
              <Table.Td translate="no">{c.code}</Table.Td>
              <Table.Td translate="no">
                {c.pseudonymised ? <Badge variant="light">{t('retention.review.pseudonymised')}</Badge> : c.displayName}
              </Table.Td>
              <Table.Td>{t(`retention.categories.${c.category}`)}</Table.Td>
              <Table.Td>{formatDate(c.closedOn)}</Table.Td>
              <Table.Td>{formatDate(c.keepUntil)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {!c.pseudonymised && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onAct('pseudonymise', c)}
                      aria-label={`${t('retention.review.pseudonymise')} ${c.code}`}
                    >
                      {t('retention.review.pseudonymise')}
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onAct('erase', c)}
                    aria-label={`${t('retention.review.erase')} ${c.code}`}
                  >
                    {t('retention.review.erase')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PseudonymiseDialog({ c, onClose, onDone }: { c: RetentionCase; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const form = useSubmission();
  const send = async () => {
    await call('retention.pseudonymise', { residentId: c.residentId });
    notifications.show({ color: 'green', message: t('retention.pseudonymise.done') });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title={t('retention.pseudonymise.title', { name: c.displayName, code: c.code })} size="lg">
      <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            {t('retention.pseudonymise.body')}
          </Alert>
          <DialogFormActions
            error={form.error}
            busy={form.busy}
            submitLabel={t('retention.pseudonymise.confirm')}
            onCancel={onClose}
            destructive
          />
        </Stack>
      </form>
    </Modal>
  );
}
