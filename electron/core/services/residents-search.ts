import type { AgeBand } from '../../../shared/enums/care';
import type {
  DuplicateProbe,
  DuplicateReason,
  PossibleDuplicate,
  ResidentListItem,
  ResidentSearch,
  ResidentSearchResult,
} from '../../../shared/domain/resident';
import { editDistance, foldText, fuzzyBudget, nameTokens, normaliseIdNumber, normalisePhone } from '../../../shared/domain/resident-search';
import type { AppDb } from '../db/kysely';
import { residentsRepo, type ResidentListRow } from '../repositories/residents';
import {
  residentSets,
  residentsListRepo,
  type BornFilter,
  type Candidate,
  type ListOrder,
  type ListPage,
  type ListQuery,
  type RowSet,
} from '../repositories/residents-list';
import { currentAge, todayIso, toListItem } from './residents-records';
import type { Viewer } from '../access/relation';
import { forViewer } from '../access/redact';

/** Everyone in full: the manager's view, and internal callers. */
const EVERYONE: Viewer = { userId: '', restricted: null };

/** How many stored name words a near-spelling lookup considers before measuring distance. */
const SIMILAR_WORD_CANDIDATES = 200;

const phrase = (s: string) => `"${s}"`;

function trigramsOf(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) out.add(word.slice(i, i + 3));
  return [...out];
}

/**
 * Stored name words equal to or within a typo or two of `word` (doubled, dropped, swapped
 * or replaced letters: Uwimanna → Uwimana, Mukamama → Mukamana). The trigram index and the first two
 * letters narrow the vocabulary to a few hundred candidates; the edit distance decides.
 */
export async function nearSpellings(db: AppDb, word: string): Promise<string[]> {
  const budget = fuzzyBudget(word);
  if (!/^\p{L}+$/u.test(word)) return [];
  if (budget === 0) return residentsRepo.wordsWithPrefix(db, word, word.length, word.length, 1);
  const min = word.length - budget;
  const max = word.length + budget;
  const byTrigram = await residentsRepo.similarWords(db, trigramsOf(word).map(phrase).join(' OR '), min, max, SIMILAR_WORD_CANDIDATES);
  // A slip in the middle of a short name can leave no trigram in common (Neema/Neama,
  // Grace/Grece), so words sharing the first two letters are candidates too.
  const byPrefix = await residentsRepo.wordsWithPrefix(db, word.slice(0, 2), min, max, SIMILAR_WORD_CANDIDATES);
  return [...new Set([...byTrigram, ...byPrefix])].filter((w) => editDistance(w, word, budget) <= budget);
}

/** Birth-key bounds of an age band today: age ≥ n when the key is on or before today n years ago. */
function bornFilter(band: AgeBand | undefined, today: string): BornFilter | undefined {
  if (!band) return undefined;
  if (band === 'unknown') return 'unknown';
  const yearsAgo = (n: number) => `${String(Number(today.slice(0, 4)) - n).padStart(4, '0')}${today.slice(4)}`;
  if (band === 'under_16') return { after: yearsAgo(16) };
  if (band === '16_17') return { after: yearsAgo(18), onOrBefore: yearsAgo(16) };
  return { onOrBefore: yearsAgo(18) };
}

/**
 * What a restricted viewer may find (see VisibleTo): nothing to add for a plain list, by
 * status or by room, since every resident shows there with code, first name and room.
 */
function visibleTo(viewer: Viewer, input: ResidentSearch): ListQuery['filters']['visibleTo'] {
  const v = viewer.restricted;
  if (!v) return undefined;
  const words = foldText(input.query).split(' ').filter(Boolean);
  const ownOnly = input.ageBand !== undefined || input.riskLevel !== undefined || input.staffId !== undefined;
  if (!ownOnly && words.length === 0) return undefined;
  return { userId: v.userId, brokenGlass: [...v.brokenGlass], words, ownOnly };
}

function listQuery(input: ResidentSearch, today: string, viewer: Viewer): ListQuery {
  return {
    filters: {
      status: input.status,
      roomId: input.roomId,
      born: bornFilter(input.ageBand, today),
      riskLevel: input.riskLevel,
      staffId: input.staffId,
      visibleTo: visibleTo(viewer, input),
    },
    order: input.sort === 'relevance' ? 'name' : input.sort,
    direction: input.sort === 'relevance' ? 'asc' : input.direction,
    limit: input.limit,
    offset: input.offset,
  };
}

/** A list row with what only the list shows: whether the age is estimated, and today's bed. */
export async function listItems(db: AppDb, rows: ResidentListRow[], today: string, viewer = EVERYONE): Promise<ResidentListItem[]> {
  const beds = await residentsListRepo.currentBeds(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const bed = beds.get(r.id);
    return forViewer(viewer, r, {
      ...toListItem(r, today),
      ageIsEstimate: currentAge(r, today).estimate,
      roomName: bed?.roomName ?? null,
      bedLabel: bed?.bedLabel ?? null,
    });
  });
}

/** Sets with at most this many members are read once and ordered in core. */
const SMALL_SET = 500;

const SORT_KEY: Record<ListOrder, (c: Candidate) => string | null> = {
  name: (c) => c.sort_name,
  code: (c) => c.code,
  admittedOn: (c) => c.admitted_on,
  age: (c) => c.birth_key,
};

/** Code-unit order, as SQLite's BINARY collation orders these folded keys. */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** As the repository's ORDER BY: age by birth key reversed, unknown ages last. */
function compareKeys(order: ListOrder, sign: number, a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (order === 'age' ? -sign : sign) * binary(a, b);
}

/**
 * A page of a set of at most SMALL_SET residents, ordered here; null for a larger set. With
 * `words`, relevance: names with a word starting with every typed word first (the index
 * text fences each name word as ^word$), then the other matches, each tier by name.
 */
async function smallSetPage(db: AppDb, set: RowSet, q: ListQuery, words: string[] | null): Promise<ListPage | null> {
  const found = await residentsListRepo.candidates(db, set, q.filters, SMALL_SET);
  if (!found) return null;
  const key = SORT_KEY[q.order];
  const sign = q.direction === 'desc' ? -1 : 1;
  const tier = (c: Candidate) => (words && !words.every((w) => c.search_text.includes('^' + w)) ? 1 : 0);
  const page = found
    .map((c) => ({ rowNum: c.row_num, tier: tier(c), key: key(c), code: c.code }))
    .sort((a, b) => a.tier - b.tier || compareKeys(q.order, sign, a.key, b.key) || sign * binary(a.code, b.code))
    .slice(q.offset, q.offset + q.limit);
  return {
    total: found.length,
    rows: await residentsListRepo.rowsInOrder(
      db,
      page.map((x) => x.rowNum),
    ),
  };
}

/** A page of a set, all of it in the requested order. */
async function pageOf(db: AppDb, set: RowSet, q: ListQuery): Promise<ListPage> {
  const total = await residentsListRepo.count(db, set, q.filters);
  return { total, rows: await residentsListRepo.setPage(db, set, q) };
}

/**
 * A set as the viewer may search it: unchanged for whoever sees everyone; for a restricted
 * viewer, read from her own residents and the others she may find (residentSets.visibleIn),
 * so her search costs what her view holds, not what the whole set holds.
 */
function withinView(q: ListQuery): (set: RowSet) => RowSet {
  const v = q.filters.visibleTo;
  return v ? (set) => residentSets.visibleIn(set, v) : (set) => set;
}

/** Merging reads up to this many index entries (stored words × rows wanted); more, and sorting is cheaper. */
const MAX_MERGED_ENTRIES = 5000;
const MAX_MERGED_WORDS = 200;

/**
 * The word-start tier's rows for the page, in name order, or null when merging would read
 * too much. Three letters of a common name start thousands of names but only a few stored
 * words: merging those words' index ranges reads little more than the page.
 */
async function mergedWordStarts(db: AppDb, words: string[], q: ListQuery): Promise<ResidentListRow[] | null> {
  const [lead, ...others] = [...words].sort((a, b) => b.length - a.length);
  const vocabulary = await residentsListRepo.vocabularyFrom(db, lead!, MAX_MERGED_WORDS + 1);
  if (vocabulary.length > MAX_MERGED_WORDS || vocabulary.length * (q.offset + q.limit) > MAX_MERGED_ENTRIES) return null;
  return residentsListRepo.wordsPage(db, vocabulary, others.length ? residentSets.wordStarts(others).test : null, q);
}

/**
 * Relevance over a large match set: residents with a name word starting with every typed
 * word first, then the other matches (typed text inside a word, code, phone, ID), each tier
 * by name. The page may straddle the two tiers; the first tier is counted only then.
 */
async function relevancePage(db: AppDb, words: string[], q: ListQuery): Promise<ListPage> {
  const within = withinView(q);
  const matches = within(residentSets.containing(words));
  const total = await residentsListRepo.count(db, matches, q.filters);
  if (total === 0) return { total, rows: [] };
  const starts = within(residentSets.wordStarts(words));
  // Merging walks each word's whole index range for a restricted viewer: her set is read instead.
  let rows = q.filters.visibleTo ? null : await mergedWordStarts(db, words, q);
  // A short page from the merge means the tier ended inside it (or before it).
  let first = rows && rows.length > 0 && rows.length < q.limit ? q.offset + rows.length : null;
  if (rows === null || rows.length === 0) {
    first = await residentsListRepo.count(db, starts, q.filters);
    rows = rows ?? (q.offset < first ? await residentsListRepo.setPage(db, starts, q) : []);
  }
  if (rows.length < q.limit && first !== null && total > first) {
    const rest = { ...q, limit: q.limit - rows.length, offset: Math.max(0, q.offset - first) };
    rows.push(...(await residentsListRepo.setPage(db, residentSets.without(matches, starts), rest)));
  }
  return { total, rows };
}

/**
 * The residents list and its search box. Words of three or more characters are matched
 * as substrings anywhere in names, aliases, code, phone or ID number (trigram index, so
 * a prefix or the middle of a name both work); all words must match. If nothing matches
 * as typed, each name word is widened to its near spellings and `fuzzy` says so; those
 * results page like any others. Filters narrow every kind of result.
 */
export async function searchResidents(db: AppDb, input: ResidentSearch, viewer = EVERYONE): Promise<ResidentSearchResult> {
  const today = todayIso();
  const q = foldText(input.query);
  const base = listQuery(input, today, viewer);
  const done = async (r: ListPage, fuzzy = false): Promise<ResidentSearchResult> => ({
    total: r.total,
    items: await listItems(db, r.rows, today, viewer),
    fuzzy,
  });
  // A query of symbols only ("🌸", "...") searches for nothing: it finds nobody (the list says
  // why), rather than being read as no query and listing everyone.
  if (!q && input.query.trim() !== '') return { total: 0, items: [], fuzzy: false };
  if (!q) return done(await residentsListRepo.page(db, base));

  const words = q.split(' ');
  const long = words.filter((w) => w.length >= 3);
  // One or two letters are too short for trigrams: match the start of the sort name instead.
  if (long.length === 0) return done(await residentsListRepo.page(db, base, q));

  // A whole resident code goes straight to its unique index.
  const code = /^([A-Z0-9]{2,6})-(\d{4})-(\d{4,})$/.exec(input.query.toUpperCase());
  if (code) {
    const rows = await residentsListRepo.byCode(db, code[0], base.filters);
    if (rows.length) return done({ total: rows.length, rows: input.offset === 0 ? rows : [] });
  }

  const within = withinView(base);
  const matches = within(residentSets.containing(long));
  const relevance = input.sort === 'relevance';
  const exact =
    (await smallSetPage(db, matches, base, relevance ? long : null)) ??
    (relevance ? await relevancePage(db, long, base) : await pageOf(db, matches, base));
  if (exact.total > 0) return done(exact);

  const groups = await Promise.all(
    long.map(async (w) => {
      const near = await nearSpellings(db, w);
      return near.length ? { words: near } : { text: w };
    }),
  );
  if (groups.every((g) => 'text' in g)) return done(exact);
  const near = within(residentSets.wordGroups(groups));
  return done((await smallSetPage(db, near, base, null)) ?? (await pageOf(db, near, base)), true);
}

const MAX_DUPLICATES = 20;
/** Residents sharing the name words, checked for age before the best are returned. */
const MAX_NAME_CANDIDATES = 2000;

function namesOf(r: ResidentListRow): string[] {
  return nameTokens(r.given_names, r.family_name, ...(JSON.parse(r.other_names) as string[]));
}

function sameName(a: string, b: string): boolean {
  return a === b || editDistance(a, b, fuzzyBudget(a)) <= fuzzyBudget(a);
}

/** Ages are compatible when unknown on either side, or close: tighter when both are exact. */
function compatibleAge(probeYear: number | null, probeExact: boolean, r: ResidentListRow): boolean {
  if (probeYear === null || r.birth_year === null) return true;
  const tolerance = probeExact && r.date_of_birth ? 1 : 5;
  return Math.abs(probeYear - r.birth_year) <= tolerance;
}

/**
 * Residents who may be the person being admitted: a similar name (at least two name words,
 * or the only one given, equal or a typo apart) with a compatible age, or the same phone
 * or ID number whatever the name.
 */
export async function possibleDuplicates(db: AppDb, probe: DuplicateProbe, viewer = EVERYONE): Promise<PossibleDuplicate[]> {
  const found = new Map<string, { row: ResidentListRow; reasons: Set<DuplicateReason> }>();
  const add = (row: ResidentListRow, reason: DuplicateReason) => {
    if (row.id === probe.excludeId) return;
    const entry = found.get(row.id) ?? { row, reasons: new Set<DuplicateReason>() };
    entry.reasons.add(reason);
    found.set(row.id, entry);
  };

  const phoneKey = normalisePhone(probe.phone);
  if (phoneKey) for (const r of await residentsRepo.byPhoneKey(db, phoneKey)) add(r, 'same_phone');
  const idKey = normaliseIdNumber(probe.idNumber);
  if (idKey) for (const r of await residentsRepo.byIdNumberKey(db, idKey)) add(r, 'same_id_number');

  const probeNames = nameTokens(probe.givenNames, probe.familyName, ...probe.otherNames).filter((w) => w.length >= 3);
  if (probeNames.length > 0) {
    const needed = Math.min(2, probeNames.length);
    const hits = new Map<number, number>();
    for (const w of probeNames) {
      const words = [...new Set([w, ...(await nearSpellings(db, w))])];
      for (const n of await residentsRepo.rowNumsWithWords(db, words)) hits.set(n, (hits.get(n) ?? 0) + 1);
    }
    const candidates = [...hits]
      .filter(([, n]) => n >= needed)
      .map(([rowNum]) => rowNum)
      .slice(0, MAX_NAME_CANDIDATES);
    const probeYear = probe.dateOfBirth
      ? Number(probe.dateOfBirth.slice(0, 4))
      : probe.estimatedAgeYears !== undefined
        ? Number(todayIso().slice(0, 4)) - probe.estimatedAgeYears
        : null;
    for (const r of await residentsRepo.byRowNums(db, candidates)) {
      const theirs = namesOf(r);
      const matched = probeNames.filter((w) => theirs.some((t) => sameName(w, t))).length;
      // Only when both ages are known is the age part of the likeness; otherwise say "similar name".
      if (matched >= needed && compatibleAge(probeYear, !!probe.dateOfBirth, r))
        add(r, probeYear !== null && r.birth_year !== null ? 'similar_name_and_age' : 'similar_name');
    }
  }

  const best = [...found.values()]
    .sort((a, b) => b.reasons.size - a.reasons.size || a.row.display_name.localeCompare(b.row.display_name))
    .slice(0, MAX_DUPLICATES);
  const items = await listItems(
    db,
    best.map((e) => e.row),
    todayIso(),
    viewer,
  );
  return best.map((e, i) => ({ resident: items[i]!, reasons: [...e.reasons] }));
}
