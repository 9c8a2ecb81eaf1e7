import type {
  DuplicateProbe,
  DuplicateReason,
  PossibleDuplicate,
  ResidentSearch,
  ResidentSearchResult,
} from '../../../shared/domain/resident';
import { editDistance, foldText, fuzzyBudget, nameTokens, normaliseIdNumber, normalisePhone } from '../../../shared/domain/resident-search';
import type { AppDb } from '../db/kysely';
import { residentsRepo, type ListQuery, type ResidentListRow, type WordGroup } from '../repositories/residents';
import { todayIso, toListItem } from './residents-records';

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

function listQuery(input: ResidentSearch): ListQuery {
  return {
    status: input.status,
    order: input.sort === 'relevance' ? 'name' : input.sort,
    direction: input.direction,
    limit: input.limit,
    offset: input.offset,
  };
}

/**
 * The residents list and its search box. Words of three or more characters are matched
 * as substrings anywhere in names, aliases, code, phone or ID number (trigram index, so
 * a prefix or the middle of a name both work); all words must match. If nothing matches
 * as typed, each name word is widened to its near spellings and `fuzzy` says so.
 */
export async function searchResidents(db: AppDb, input: ResidentSearch): Promise<ResidentSearchResult> {
  const today = todayIso();
  const q = foldText(input.query);
  const base = listQuery(input);
  const done = (r: { total: number; rows: ResidentListRow[] }, fuzzy = false): ResidentSearchResult => ({
    total: r.total,
    items: r.rows.map((row) => toListItem(row, today)),
    fuzzy,
  });
  if (!q) return done(await residentsRepo.page(db, base));

  const words = q.split(' ');
  const long = words.filter((w) => w.length >= 3);
  // One or two letters are too short for trigrams: match the start of the sort name instead.
  if (long.length === 0) return done(await residentsRepo.namePrefix(db, q, base));

  // A whole resident code goes straight to its unique index.
  const code = /^([A-Z0-9]{2,6})-(\d{4})-(\d{4,})$/.exec(input.query.toUpperCase());
  if (code) {
    const rows = (await residentsRepo.byCode(db, code[0])).filter((r) => !input.status || r.status === input.status);
    if (rows.length) return done({ total: rows.length, rows: input.offset === 0 ? rows : [] });
  }

  const match = long.map(phrase).join(' AND ');
  const exact =
    input.sort === 'relevance'
      ? await residentsRepo.matchByRelevance(db, { ...base, match, words: long })
      : await residentsRepo.match(db, { ...base, match });
  if (exact.total > 0 || input.offset > 0) return done(exact);

  const groups: WordGroup[] = await Promise.all(
    long.map(async (w) => {
      const near = await nearSpellings(db, w);
      return near.length ? { words: near } : { match: phrase(w) };
    }),
  );
  if (groups.every((g) => 'match' in g)) return done(exact);
  return done(await residentsRepo.matchWordGroups(db, groups, base), true);
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
export async function possibleDuplicates(db: AppDb, probe: DuplicateProbe): Promise<PossibleDuplicate[]> {
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
      if (matched >= needed && compatibleAge(probeYear, !!probe.dateOfBirth, r)) add(r, 'similar_name_and_age');
    }
  }

  const today = todayIso();
  return [...found.values()]
    .sort((a, b) => b.reasons.size - a.reasons.size || a.row.display_name.localeCompare(b.row.display_name))
    .slice(0, MAX_DUPLICATES)
    .map((e) => ({ resident: toListItem(e.row, today), reasons: [...e.reasons] }));
}
