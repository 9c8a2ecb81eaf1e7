import { Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ResidentListItem } from '../../../../shared/domain/resident';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import classes from './residents.module.css';
import { useResidentsListStore, type SortColumn } from './residents-store';
import { StatusBadge } from './StatusBadge';

/**
 * Three short lines fit: a long name wraps rather than being cut, with any alias after it.
 * Name and bed share what the fixed columns leave (issue 16: both were cut at 1280 px).
 */
export const ROW_HEIGHT = 58;
export const RESIDENT_COLUMNS = '150px minmax(150px, 3fr) 84px minmax(110px, 2fr) 136px 112px';

function SortableHeader({ column, label }: { column: SortColumn; label: string }) {
  const t = useT();
  const { sort, direction, query } = useResidentsListStore();
  const shown = sort === 'relevance' ? (query ? null : 'name') : sort;
  const sorted = shown === column;
  const Icon = !sorted ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <div role="columnheader" aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.cell}>
      <UnstyledButton
        className={classes.sortButton}
        data-sorted={sorted || undefined}
        onClick={() => useResidentsListStore.getState().sortBy(column)}
        title={sorted ? t('residents.sortedBy', { column: label }) : t('residentList.sortHint', { column: label })}
      >
        {label}
        <Icon size={16} aria-hidden className={classes.sortIcon} />
      </UnstyledButton>
    </div>
  );
}

export function ResidentsHeader() {
  const t = useT();
  return (
    <>
      <SortableHeader column="code" label={t('residents.columns.code')} />
      <SortableHeader column="name" label={t('residents.columns.name')} />
      <SortableHeader column="age" label={t('residents.columns.age')} />
      <div role="columnheader" className={classes.cell}>
        <Text size="sm" fw={600}>
          {t('residentList.columns.bed')}
        </Text>
      </div>
      <div role="columnheader" className={classes.cell}>
        <Text size="sm" fw={600}>
          {t('residents.columns.status')}
        </Text>
      </div>
      <SortableHeader column="admittedOn" label={t('residents.columns.admittedOn')} />
    </>
  );
}

/** One row's cells; a row whose page has not arrived yet shows placeholders of the same size. */
export function ResidentRowCells({ row }: { row: ResidentListItem | undefined }) {
  const t = useT();
  const formatDate = useFormatDate();
  if (!row) {
    return (
      <>
        {[0, 1, 2, 3, 4, 5].map((c) => (
          <div key={c} role="gridcell" className={classes.cell}>
            <Skeleton height={12} width={c === 1 ? '70%' : '60%'} aria-label={c === 0 ? t('residents.loadingRow') : undefined} />
          </div>
        ))}
      </>
    );
  }
  return (
    <>
      <div role="gridcell" className={classes.cell}>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {row.code}
        </Text>
      </div>
      <div role="gridcell" className={classes.cell}>
        <Text size="sm" fw={600} className={classes.wraps}>
          {row.listName}
          {row.otherNames.length > 0 && (
            <Text span size="xs" c="dimmed" fw={400}>
              {' · '}
              {t('residents.alias', { names: row.otherNames.join(', ') })}
            </Text>
          )}
        </Text>
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.ageYears === null ? (
          <Text size="sm" c="dimmed" aria-label={t('residents.ageUnknown')} title={t('residents.ageUnknown')}>
            —
          </Text>
        ) : row.ageIsEstimate ? (
          <Text
            size="sm"
            aria-label={t('residentList.ageEstimatedLabel', { years: row.ageYears })}
            title={t('residentList.ageEstimatedLabel', { years: row.ageYears })}
          >
            {t('residentList.ageEstimated', { years: row.ageYears })}
          </Text>
        ) : (
          <Text size="sm">{row.ageYears}</Text>
        )}
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.roomName ? (
          <Text size="sm" className={classes.wraps}>
            {t('residentList.bed', { room: row.roomName, bed: row.bedLabel ?? '' })}
          </Text>
        ) : row.status === 'admitted' ? (
          // In the shelter without a bed is worth seeing; after discharge nobody has one.
          <Text size="sm" c="dimmed">
            {t('residentList.noBed')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" aria-label={t('residentList.noBed')}>
            —
          </Text>
        )}
      </div>
      <div role="gridcell" className={classes.cell}>
        <StatusBadge status={row.status} />
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.restricted ? (
          // Not hers: code, first name and room only; opening the file means breaking the glass.
          <Text size="xs" c="dimmed" title={t('access.restrictedHint')}>
            {t('access.restricted')}
          </Text>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(row.admittedOn)}
          </Text>
        )}
      </div>
    </>
  );
}
