import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { AGE_BANDS, RISK_LEVELS } from '../../../../shared/enums/care';
import { RESIDENT_STATUSES } from '../../../../shared/enums/resident';
import { call } from '../../api/client';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { loadForSession } from '../../stores/session';
import { useResidentsListStore, type ListFilters } from './residents-store';
import classes from './residents.module.css';

type Option = { value: string; label: string };

/** Rooms from the bed board and, for roles allowed to see them, the staff who can be assigned. */
function useFilterOptions(canSeeStaff: boolean): { rooms: Option[]; staff: Option[] | null } {
  const [rooms, setRooms] = useState<Option[]>([]);
  const [staff, setStaff] = useState<Option[] | null>(null);
  useEffect(() => {
    let live = true;
    // Options only: if they cannot be had, the filter offers nothing and the list still works.
    loadForSession(
      () => call('residents.bedBoard', {}),
      (board) => {
        if (live) setRooms(board.map((r) => ({ value: r.id, label: r.name })));
      },
    ).catch(() => undefined);
    if (canSeeStaff)
      loadForSession(
        () => call('residents.assignableStaff', {}),
        (people) => {
          if (live) setStaff(people.map((p) => ({ value: p.id, label: p.displayName })));
        },
      ).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [canSeeStaff]);
  return { rooms, staff };
}

/**
 * The selects above the residents list. Each starts at "all"; choosing a value narrows the
 * list (and the search) at once, and the choice stays while the app is unlocked.
 */
export function ResidentsFilters() {
  const t = useT();
  const filters = useResidentsListStore((s) => s.filters);
  const canSeeStaff = useCan('residents.assignableStaff');
  const { rooms, staff } = useFilterOptions(canSeeStaff);
  const set =
    <K extends keyof ListFilters>(key: K) =>
    (value: string | null) =>
      useResidentsListStore.getState().setFilter(key, (value ?? undefined) as ListFilters[K]);
  const active = Object.keys(filters).length;

  const select = (key: keyof ListFilters, label: string, all: string, data: Option[]) => (
    <Select
      key={key}
      className={classes.filter}
      label={label}
      placeholder={all}
      data={data}
      value={filters[key] ?? null}
      onChange={set(key)}
      clearable
      allowDeselect
      comboboxProps={{ withinPortal: true }}
      size="sm"
      data-testid={`filter-${key}`}
    />
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('residentList.filters.label')}>
      {select(
        'status',
        t('residentList.filters.status'),
        t('residentList.filters.statusAll'),
        RESIDENT_STATUSES.map((s) => ({ value: s, label: t(`residentEnums.residentStatus.${s}`) })),
      )}
      {rooms.length > 0 && select('roomId', t('residentList.filters.room'), t('residentList.filters.roomAll'), rooms)}
      {select(
        'ageBand',
        t('residentList.filters.age'),
        t('residentList.filters.ageAll'),
        AGE_BANDS.map((b) => ({ value: b, label: t(`residentList.filters.ageBand.${b}`) })),
      )}
      {select(
        'riskLevel',
        t('residentList.filters.risk'),
        t('residentList.filters.riskAll'),
        RISK_LEVELS.map((r) => ({ value: r, label: t(`residentEnums.riskLevel.${r}`) })),
      )}
      {staff && staff.length > 0 && select('staffId', t('residentList.filters.staff'), t('residentList.filters.staffAll'), staff)}
      {active > 0 && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => useResidentsListStore.getState().clearFilters()}
        >
          {t('residentList.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
