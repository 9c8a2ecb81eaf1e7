import { ActionIcon, Badge, Button, Card, Group, Loader, Menu, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconBed, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BedBoard } from '../../../../../shared/domain/resident-beds';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useCan } from '../../../permissions/can';
import { loadForSession } from '../../../stores/session';
import { AssignBedDialog } from '../stay/AssignBedDialog';
import { bedCounts } from './board-counts';
import classes from './beds.module.css';
import { FillBedDialog } from './FillBedDialog';
import { RoomCreateModal } from './RoomCreateModal';
import { RoomEditModal } from './RoomEditModal';

type Room = BedBoard[number];
type Bed = Room['beds'][number];
type Occupant = NonNullable<Bed['occupant']>;
/** The person being moved and the bed she or he is in now. */
type Moving = Occupant & { bedId: string; roomName: string; bedLabel: string };

function BedTile({
  room,
  bed,
  canAssign,
  onFill,
  onMove,
}: {
  room: Room;
  bed: Bed;
  canAssign: boolean;
  onFill: () => void;
  onMove: (o: Moving) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const o = bed.occupant;

  if (!o) {
    const body = (
      <>
        <Text fw={700}>{bed.label}</Text>
        <Text size="sm" c="teal.8">
          {t('beds.free')}
        </Text>
      </>
    );
    return canAssign ? (
      <UnstyledButton
        className={classes.tile}
        data-free
        onClick={onFill}
        aria-label={t('beds.freeBed', { bed: `${room.name} · ${bed.label}` })}
      >
        {body}
      </UnstyledButton>
    ) : (
      <div className={classes.tile} data-free>
        {body}
      </div>
    );
  }

  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton
          className={classes.tile}
          data-taken
          aria-label={t('beds.takenBed', { bed: `${room.name} · ${bed.label}`, name: o.displayName, date: formatDate(o.since) })}
        >
          <Text fw={700}>{bed.label}</Text>
          <Text size="sm" fw={600} lineClamp={2}>
            {o.displayName}
          </Text>
          <Text size="xs" ff="monospace" c="dimmed">
            {o.code}
          </Text>
          <Text size="xs" c="dimmed">
            {t('beds.since', { date: formatDate(o.since) })}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate(`/residents/${o.residentId}`)}>{t('beds.occupied.openFile')}</Menu.Item>
        {canAssign && (
          <Menu.Item onClick={() => onMove({ ...o, bedId: bed.id, roomName: room.name, bedLabel: bed.label })}>
            {t('beds.occupied.move')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Rooms and beds with who sleeps in each today, at a glance. Editors put a resident in a
 * free bed or move one; managers add rooms. Counsellors see the board only.
 */
export default function BedBoardPage() {
  const t = useT();
  const canCreateRoom = useCan('residents.createRoom');
  const canEditRoom = useCan('residents.editRoom');
  const [editing, setEditing] = useState<Room | null>(null);
  const canAssign = useCan('residents.assignBed');
  const [board, setBoard] = useState<BedBoard | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const [filling, setFilling] = useState<{ room: Room; bed: Bed } | null>(null);
  const [moving, setMoving] = useState<Moving | null>(null);

  const load = useCallback(() => {
    loadForSession(
      () => call('residents.bedBoard', {}),
      (b) => (setBoard(b), setError(null)),
    ).catch((e: unknown) => setError(toApiError(e)));
  }, []);
  useEffect(load, [load]);

  const counts = board ? bedCounts(board) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('beds.title')}</Title>
          <Text c="dimmed">{t('beds.intro')}</Text>
        </div>
        {canCreateRoom && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('beds.addRoom')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {!board && !error && <Loader size="sm" aria-label={t('common.loading')} />}
      {counts && counts.total > 0 && (
        <Text role="status" fw={600}>
          {t('beds.summary', { taken: counts.taken, total: counts.total, free: counts.free })}
        </Text>
      )}
      {board?.length === 0 && (
        <Paper withBorder p="xl">
          <Group gap="sm">
            <IconBed aria-hidden />
            <Text>{canCreateRoom ? t('beds.noRoomsManager') : t('beds.noRoomsOther')}</Text>
          </Group>
        </Paper>
      )}
      {board && board.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {board.map((room) => {
            const c = bedCounts([room]);
            return (
              <Card key={room.id} withBorder padding="md" component="section" aria-label={room.name}>
                <Group justify="space-between" mb="sm">
                  <Title order={3} size="h4">
                    {room.name}
                  </Title>
                  <Group gap="xs">
                    <Badge variant="light" color={c.free === 0 ? 'gray' : 'teal'} tt="none" size="lg" radius="sm">
                      {t('beds.roomSummary', { taken: c.taken, total: c.total })}
                    </Badge>
                    {canEditRoom && (
                      <ActionIcon variant="subtle" aria-label={t('beds.edit.open', { room: room.name })} onClick={() => setEditing(room)}>
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                </Group>
                <div className={classes.beds}>
                  {room.beds.map((bed) => (
                    <BedTile
                      key={bed.id}
                      room={room}
                      bed={bed}
                      canAssign={canAssign}
                      onFill={() => setFilling({ room, bed })}
                      onMove={setMoving}
                    />
                  ))}
                </div>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      {adding && <RoomCreateModal onClose={() => setAdding(false)} onCreated={load} />}
      {editing && <RoomEditModal room={editing} onClose={() => setEditing(null)} onSaved={load} />}
      {filling && board && (
        <FillBedDialog board={board} room={filling.room} bed={filling.bed} onClose={() => setFilling(null)} onDone={load} />
      )}
      {moving && (
        <AssignBedDialog
          resident={{
            id: moving.residentId,
            displayName: moving.displayName,
            code: moving.code,
            beds: [{ bedId: moving.bedId, roomName: moving.roomName, bedLabel: moving.bedLabel, from: moving.since, to: null }],
          }}
          onClose={() => setMoving(null)}
          onDone={load}
        />
      )}
    </Stack>
  );
}
