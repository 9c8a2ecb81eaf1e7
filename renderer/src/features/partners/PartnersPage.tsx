import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Partner } from '../../../../shared/domain/partners';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { toApiError, type ApiError } from '../../api/api-error';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { PartnerModal } from './PartnerModal';

/** The partner directory: organisations the shelter refers residents to and shares with. */
export default function PartnersPage() {
  const t = useT();
  const canEdit = useCan('partners.save');
  const list = useChannelData('partners.list', { includeRemoved: false });
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const remove = async (p: Partner) => {
    if (!window.confirm(t('partners.removeConfirm', { name: p.name }))) return;
    try {
      await call('partners.remove', { id: p.id });
      notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('partners.removed') });
      list.reload();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('partners.title')}</Title>
          <Text c="dimmed">{t('partners.intro')}</Text>
          {!canEdit && (
            <Text size="sm" c="dimmed">
              {t('partners.readOnly')}
            </Text>
          )}
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('partners.add')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error ?? list.error} />
      {!list.data && !list.error && <PageLoader />}
      {list.data?.length === 0 && <Text>{t('partners.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('partners.title')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partners.fields.name')}</Table.Th>
                <Table.Th>{t('partners.fields.type')}</Table.Th>
                <Table.Th>{t('partners.fields.district')}</Table.Th>
                <Table.Th>{t('partners.fields.contactPerson')}</Table.Th>
                <Table.Th>{t('partners.fields.phone')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={600} translate="no">
                    {p.name}
                  </Table.Td>
                  <Table.Td>{t(`referralsOut.organisationType.${p.type}`)}</Table.Td>
                  <Table.Td>{p.district ?? '—'}</Table.Td>
                  <Table.Td>{p.contactPerson ?? '—'}</Table.Td>
                  <Table.Td>{p.phone ?? '—'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setEditing(p)} aria-label={`${t('partners.edit')} ${p.name}`}>
                          {t('partners.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => void remove(p)}
                          aria-label={`${t('partners.remove')} ${p.name}`}
                        >
                          {t('partners.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && list.data && <UnresolvedNames partners={list.data} onResolved={list.reload} />}
      {editing && (
        <PartnerModal
          partner={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('partners.saved') });
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}

/** Partner names typed on consents before the directory that match no partner: a manager says which one each meant. */
function UnresolvedNames({ partners, onResolved }: { partners: Partner[]; onResolved: () => void }) {
  const t = useT();
  const unresolved = useChannelData('partners.unresolved', {});
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const resolve = async (targetId: string) => {
    try {
      await call('partners.resolve', { targetId, partnerId: chosen[targetId]! });
      unresolved.reload();
      onResolved();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="unresolved-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="unresolved-title">
          {t('partners.unresolvedTitle')}
        </Title>
        <ErrorAlert error={error ?? unresolved.error} />
        {unresolved.data?.length === 0 && (
          <Alert color="teal" variant="light">
            {t('partners.unresolvedNone')}
          </Alert>
        )}
        {unresolved.data && unresolved.data.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {t('partners.unresolvedIntro')}
            </Text>
            {unresolved.data.map((u) => (
              <Group key={u.targetId} align="flex-end">
                <Text fw={600} miw={220}>
                  {u.writtenName}{' '}
                  <Text span size="xs" ff="monospace" c="dimmed">
                    {u.residentCode}
                  </Text>
                </Text>
                <Select
                  label={t('partners.choosePartner')}
                  data={partners.map((p) => ({ value: p.id, label: p.name }))}
                  value={chosen[u.targetId] ?? null}
                  onChange={(v) => setChosen((c) => ({ ...c, [u.targetId]: v ?? '' }))}
                  searchable
                />
                <Button disabled={!chosen[u.targetId]} onClick={() => void resolve(u.targetId)}>
                  {t('partners.resolve')}
                </Button>
              </Group>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
