import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { REFERRAL_OUT_CLOSED_STATUSES, REFERRAL_OUT_STATUSES, type ReferralOutStatus } from '../../../../../shared/enums/referral-out';
import type { ReferralOut } from '../../../../../shared/domain/resident-referrals-out';
import { hasKey, type MessageKey } from '../../../../../shared/i18n/translate';
import type { ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { fieldMessage, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDate } from '../../../i18n/format';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { ReferralOutCreateForm } from './ReferralOutCreateForm';
import { ReferralSlipButton } from './ReferralSlipButton';
import { ReferralDetailsModal } from './ReferralDetailsModal';
import { useChannelData } from './useChannelData';
import { useShelterToday } from '../admit/today';
import { DateField } from '../../../components/DateField';

/** Our own codes (referralsOut.validation.*) first, then the shared ones (date.inFuture …). */
function referralFieldMessage(t: TFunction, code: string, vars: Record<string, string | number> = {}): string {
  const own = `referralsOut.validation.${code}`;
  return hasKey(own) ? t(own as MessageKey) : fieldMessage(t, code, vars);
}

function fieldsOf(t: TFunction, error: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const f of error.fields) out[f.path] ??= referralFieldMessage(t, f.code);
  return out;
}

const statusColor = (s: ReferralOutStatus) =>
  s === 'completed' ? 'teal' : s === 'declined' || s === 'cancelled' ? 'gray' : s === 'planned' ? 'blue' : 'orange';

/** Referrals out to health, legal aid, RIB, Isange, schools and training, with each one's status history. */
export function ReferralsOutPanel({ residentId }: { residentId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const canList = useCanOnFile('residents.referralsOut.list');
  const canCreate = useCanOnFile('residents.referralsOut.create');
  const canUpdate = useCanOnFile('residents.referralsOut.update');
  const canSlip = useCanOnFile('residents.reintegration.referralSlip');
  const hasActions = canUpdate || canSlip;
  const list = useChannelData('residents.referralsOut.list', { residentId });
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<ReferralOut | null>(null);
  const [editing, setEditing] = useState<ReferralOut | null>(null);

  if (!canList) return null;
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <PageLoader />;
  const referrals = list.data;
  const organisation = (r: ReferralOut) => r.organisationName ?? t(`referralsOut.organisationType.${r.organisationType}`);

  return (
    <Stack gap="md" maw={1100} component="section" aria-label={t('referralsOut.title')}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('referralsOut.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('referralsOut.intro')}
          </Text>
        </Stack>
        {canCreate && !creating && (
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('referralsOut.add')}
          </Button>
        )}
      </Group>

      {creating && (
        <ReferralOutCreateForm
          residentId={residentId}
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            list.reload();
          }}
        />
      )}

      {referrals.length === 0 ? (
        <Text c="dimmed">{t('referralsOut.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('referralsOut.listLabel')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referralsOut.columns.organisation')}</Table.Th>
                <Table.Th>{t('referralsOut.columns.referredOn')}</Table.Th>
                <Table.Th>{t('referralsOut.columns.status')}</Table.Th>
                <Table.Th>{t('referralsOut.history')}</Table.Th>
                {hasActions && <Table.Th>{t('referralsOut.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text fw={500}>{organisation(r)}</Text>
                    {r.organisationName && (
                      <Text size="xs" c="dimmed">
                        {t(`referralsOut.organisationType.${r.organisationType}`)}
                      </Text>
                    )}
                    {r.consent === 'missing' && (
                      <Badge color="red" variant="light" tt="none">
                        {t('sharing.consentWithdrawn')}
                      </Badge>
                    )}
                    {r.override && (
                      <Badge color="grape" variant="light" tt="none" title={r.override.note ?? undefined}>
                        {t('sharing.overrideShown', { reason: t(`sharing.override.${r.override.reason}`) })}
                      </Badge>
                    )}
                    {r.categories.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {r.categories.map((c) => t(`sharing.category.${c}`)).join(', ')}
                      </Text>
                    )}
                    {r.reason && <Text size="sm">{r.reason}</Text>}
                    {r.notes && (
                      <Text size="xs" c="dimmed">
                        {r.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(r.referredOn)}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColor(r.status)} variant="light" tt="none">
                      {t(`referralsOut.status.${r.status}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('referralsOut.statusSince', { date: formatDate(r.statusOn) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {r.history.map((h, i) => (
                        <Text key={i} size="xs">
                          {h.byName
                            ? t('referralsOut.historyLine', {
                                status: t(`referralsOut.status.${h.status}`),
                                date: formatDate(h.statusOn),
                                name: h.byName,
                              })
                            : t('referralsOut.historyLineNoName', {
                                status: t(`referralsOut.status.${h.status}`),
                                date: formatDate(h.statusOn),
                              })}
                          {h.note ? ` — ${h.note}` : ''}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  {hasActions && (
                    <Table.Td>
                      <Stack gap="xs" align="flex-start">
                        {canUpdate && (
                          <Button
                            size="xs"
                            variant={REFERRAL_OUT_CLOSED_STATUSES.includes(r.status) ? 'default' : 'light'}
                            aria-label={t('referralsOut.changeStatusLabel', { organisation: organisation(r) })}
                            onClick={() => setChanging(r)}
                          >
                            {t('referralsOut.changeStatus')}
                          </Button>
                        )}
                        {canUpdate && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('referralDetails.editLabel', { organisation: organisation(r) })}
                            onClick={() => setEditing(r)}
                          >
                            {t('referralDetails.edit')}
                          </Button>
                        )}
                        {canSlip && r.partnerId && <ReferralSlipButton referral={r} organisation={organisation(r)} />}
                      </Stack>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <StatusModal
        referral={changing}
        onClose={() => setChanging(null)}
        onChanged={(updated) => {
          setChanging(null);
          list.set(referrals.map((r) => (r.id === updated.id ? updated : r)));
        }}
      />
      <ReferralDetailsModal
        referral={editing}
        organisation={editing ? organisation(editing) : ''}
        onClose={() => setEditing(null)}
        onSaved={(updated) => {
          setEditing(null);
          list.set(referrals.map((r) => (r.id === updated.id ? updated : r)));
        }}
      />
    </Stack>
  );
}

function StatusModal({
  referral,
  onClose,
  onChanged,
}: {
  referral: ReferralOut | null;
  onClose: () => void;
  onChanged: (r: ReferralOut) => void;
}) {
  const t = useT();
  const today = useShelterToday();
  const [status, setStatus] = useState<string>('');
  const [statusOn, setStatusOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useSubmission({ onRefused: (error, view) => ({ ...view, fields: fieldsOf(t, error) }) });
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  // A fresh form each time the dialog opens on a referral.
  if (referral && openedFor !== referral.id) {
    setOpenedFor(referral.id);
    setStatus(referral.status);
    setStatusOn(today);
    setNote('');
    form.reset();
  }

  const close = () => {
    setOpenedFor(null);
    onClose();
  };

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!status) errors.status = fieldMessage(t, 'required');
    if (!statusOn) errors.statusOn = fieldMessage(t, 'required');
    else if (referral && statusOn < referral.referredOn) errors.statusOn = referralFieldMessage(t, 'referralOut.statusBeforeReferral');
    return errors;
  };

  const send = async () => {
    if (!referral) return;
    const updated = await call('residents.referralsOut.update', {
      id: referral.id,
      status: status as ReferralOutStatus,
      statusOn,
      statusNote: note,
    });
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('referralsOut.statusChanged') });
    setOpenedFor(null);
    onChanged(updated);
  };

  return (
    <Modal opened={referral !== null} onClose={close} title={t('referralsOut.changeStatusTitle')}>
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          {referral && <Text fw={500}>{referral.organisationName ?? t(`referralsOut.organisationType.${referral.organisationType}`)}</Text>}
          <Select
            label={t('referralsOut.statusLabel')}
            data={REFERRAL_OUT_STATUSES.map((s) => ({ value: s, label: t(`referralsOut.status.${s}`) }))}
            value={status || null}
            onChange={(v) => {
              setStatus(v ?? '');
              form.clearFieldError('status');
            }}
            error={form.errors.status}
            allowDeselect={false}
            required
            data-autofocus
          />
          <DateField
            label={t('referralsOut.statusOnLabel')}
            value={statusOn}
            max={today}
            onChange={(v) => {
              setStatusOn(v);
              form.clearFieldError('statusOn');
            }}
            error={form.errors.statusOn}
            required
          />
          <Textarea
            label={t('referralsOut.statusNoteLabel')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.errors.statusNote}
            maxLength={500}
            autosize
            minRows={2}
          />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('referralsOut.saveStatus')} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
