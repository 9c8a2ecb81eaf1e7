import { Alert, CloseButton, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VirtualGrid } from '../../components/virtual/VirtualGrid';
import { useTimeZone } from '../../i18n/format';
import { hasLettersOrDigits } from '../../../../shared/domain/resident-search';
import { useT } from '../../i18n/useT';
import { ResidentRowCells, ResidentsHeader, ROW_HEIGHT, RESIDENT_COLUMNS } from './ResidentsColumns';
import { ResidentsFilters } from './ResidentsFilters';
import { ResidentSummary } from './ResidentSummary';
import { AdmitButton } from './admit/AdmitButton';
import { rowFrom, useResidentsListStore } from './residents-store';
import classes from './residents.module.css';

export default function ResidentsPage() {
  const t = useT();
  const timeZone = useTimeZone();
  const helpId = useId();
  const { query, filters, total, fuzzy, pages, stale, error, generation } = useResidentsListStore();
  const [text, setText] = useState(query);
  // The keyboard's row belongs to one search: a new search or sort starts again with none.
  const [activeFor, setActiveFor] = useState({ generation, index: -1 });
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Every keystroke searches at once (DESIGN.md: results within 50 ms of a keystroke): a
  // search costs core a few milliseconds, answers to older keystrokes are dropped, and the
  // rows on screen stay until the new ones arrive.
  const type = (value: string) => {
    setText(value);
    useResidentsListStore.getState().search(value);
  };

  // Coming back to the page shows today's list, not the one from the last visit.
  useEffect(() => {
    const list = useResidentsListStore.getState();
    if (list.total === null) list.search(list.query);
    else list.refresh();
  }, []);

  const active = activeFor.generation === generation ? activeFor.index : -1;
  const setActive = (index: number) => setActiveFor({ generation, index });

  const ensureRows = useCallback((start: number, end: number) => useResidentsListStore.getState().ensureRows(start, end), []);
  const rowAt = (i: number) => rowFrom(pages, i);
  const count = total ?? 0;
  const searching = query !== '';
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className={classes.page}>
      <Stack gap={4}>
        <Title order={2}>{t('residents.title')}</Title>
        <Text c="dimmed">{t('residents.intro', { timeZone })}</Text>
      </Stack>

      <Group align="flex-end" gap="md" wrap="nowrap">
        <TextInput
          className={classes.search}
          label={t('residents.searchLabel')}
          placeholder={t('residents.searchPlaceholder')}
          value={text}
          onChange={(e) => type(e.currentTarget.value)}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={text ? <CloseButton aria-label={t('residents.clearSearch')} onClick={() => type('')} size="sm" /> : null}
          rightSectionPointerEvents="all"
          type="search"
          autoComplete="off"
          spellCheck={false}
          size="md"
          autoFocus
        />
        <Text role="status" c="dimmed" pb={8} className={classes.count}>
          {total === null ? (
            <Loader size="xs" aria-label={t('common.loading')} />
          ) : searching ? (
            t('residents.countMatching', { count })
          ) : filtered ? (
            t('residentList.countFiltered', { count })
          ) : (
            t('residents.count', { count })
          )}
        </Text>
        <AdmitButton />
      </Group>
      <ResidentsFilters />

      {fuzzy && (
        <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden />} p="xs" role="status" className={classes.fuzzy}>
          {t('residents.fuzzyNote')}
        </Alert>
      )}
      <ErrorAlert error={error} />

      <div className={classes.body}>
        {/* data-generation: which search the rows answer (with aria-busy, for measuring keystroke to rows). */}
        <div className={classes.list} aria-busy={stale || undefined} data-generation={generation}>
          {total === 0 ? (
            <Paper withBorder p="xl">
              <Text>
                {searching && filtered
                  ? t('residentList.noMatchQueryFiltered', { query })
                  : searching && !hasLettersOrDigits(query)
                    ? t('residentSearch.noLetters')
                    : searching
                      ? t('residents.noMatch', { query })
                      : filtered
                        ? t('residentList.noMatchFiltered')
                        : t('residents.noneYet')}
              </Text>
            </Paper>
          ) : (
            <VirtualGrid
              label={t('residents.tableLabel')}
              count={count}
              rowHeight={ROW_HEIGHT}
              columns={RESIDENT_COLUMNS}
              header={<ResidentsHeader />}
              renderRow={(i) => <ResidentRowCells row={rowAt(i)} />}
              activeIndex={active}
              onActiveChange={setActive}
              onActivate={(i) => {
                const row = rowAt(i);
                if (row) setSelectedId(row.id);
              }}
              isSelected={(i) => selectedId !== null && rowAt(i)?.id === selectedId}
              onRangeChange={ensureRows}
              resetKey={String(generation)}
              describedBy={helpId}
            />
          )}
          <Text id={helpId} size="xs" c="dimmed" mt={6}>
            {t('residents.keyboardHelp')}
          </Text>
        </div>
        {/* Only while a resident is chosen: until then the list has the whole width. */}
        {selectedId && (
          <aside className={classes.summary}>
            <ResidentSummary key={selectedId} id={selectedId} onClose={() => setSelectedId(null)} />
          </aside>
        )}
      </div>
    </div>
  );
}
