import { sql, type RawBuilder } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ResidentSort } from '../../../shared/domain/resident';
import { LIST_COLUMNS, type ResidentListRow } from './residents';

/**
 * The residents list's queries: pages of residents in a column order, filtered, and
 * restricted to a set (a search's matches). Queries only; the search service decides
 * which sets to ask for (shared rules: electron/core/services/residents-search.ts).
 */

/** The list's column orders, declared once with the channel's sorts (shared/domain/resident.ts). */
export type ListOrder = Exclude<ResidentSort, 'relevance'>;

/** Birth-key bounds of an age band (see BIRTH_KEY), or residents with no age at all. */
export type BornFilter = { after?: string; onOrBefore?: string } | 'unknown';

export interface ListFilters {
  status?: string;
  roomId?: string;
  born?: BornFilter;
  riskLevel?: string;
  staffId?: string;
  /** A counsellor or social worker who sees only some residents in full (see visibilityCondition). */
  visibleTo?: VisibleTo;
}

/**
 * Residents a restricted viewer may find: hers (assigned, or opened by breaking the glass)
 * and, when nothing but text and status narrows the list, others whose code or given names
 * hold every typed word, since the list shows those anyway. Finding someone else by phone,
 * ID number, family name or alias, or filtering others by risk, age or staff, would reveal
 * what she may not see.
 */
export interface VisibleTo {
  userId: string;
  brokenGlass: string[];
  /** Folded words typed; others match only on code and given names. */
  words: string[];
  /** A sensitive filter is on: only her own residents. */
  ownOnly: boolean;
}

export interface ListQuery {
  filters: ListFilters;
  order: ListOrder;
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export type ListPage = { total: number; rows: ResidentListRow[] };

/** A set member with its sort keys and search text, ordered and tiered in core. */
export interface Candidate {
  row_num: number;
  sort_name: string;
  code: string;
  admitted_on: string;
  search_text: string;
  /** BIRTH_KEY: null when no age is known. */
  birth_key: string | null;
}

/**
 * A set of residents given two ways, so a page can be read either by walking the set and
 * sorting it, or by walking the sort column's index and testing each resident.
 */
export interface RowSet {
  /** A subquery selecting the members' row numbers as `rn` (may hold extra rows: see narrow). */
  rows: RawBuilder<unknown>;
  /** Applied to rows from `rows`, when they hold more than the set. */
  narrow?: RawBuilder<unknown>;
  /** The exact membership test on a residents row `r`. */
  test: RawBuilder<unknown>;
}

/** LIST_COLUMNS for the hand-written queries, where residents is aliased r. */
const LIST_SQL = sql.raw(LIST_COLUMNS.map((c) => c.replace('residents.', 'r.')).join(', '));

/**
 * A date that sorts like a date of birth: the real one, or the estimate's date moved back
 * by the estimated years, so age on any day is the whole years since it (as in
 * currentAge). Written out the same in migrations/0005_resident_list.ts, whose index
 * only serves a query that repeats it exactly (a test checks the plan uses it).
 */
export const BIRTH_KEY = sql.raw(
  `coalesce(r.date_of_birth, CASE WHEN r.estimated_age_years IS NOT NULL AND r.estimated_age_on IS NOT NULL ` +
    `THEN printf('%04d', CAST(substr(r.estimated_age_on, 1, 4) AS INTEGER) - r.estimated_age_years) || substr(r.estimated_age_on, 5) END)`,
);

const ORDER_SQL: Record<ListOrder, RawBuilder<unknown>> = {
  name: sql.raw('r.sort_name'),
  code: sql.raw('r.code'),
  admittedOn: sql.raw('r.admitted_on'),
  age: BIRTH_KEY,
};

/**
 * ORDER BY terms for a sort key and the code that breaks ties. Age runs against the birth
 * key (youngest first is the latest birth date first), and residents with no age known come
 * last either way; residents_birth_key (migration 0005) still serves it.
 */
function orderTerms(q: ListQuery, key: RawBuilder<unknown>, code: RawBuilder<unknown>): RawBuilder<unknown> {
  const dir = sql.raw(q.direction === 'desc' ? 'DESC' : 'ASC');
  if (q.order !== 'age') return sql`${key} ${dir}, ${code} ${dir}`;
  const keyDir = sql.raw(q.direction === 'desc' ? 'ASC' : 'DESC');
  return sql`${key} ${keyDir} NULLS LAST, ${code} ${dir}`;
}

function filterConditions(f: ListFilters): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [];
  if (f.status) c.push(sql`r.status = ${f.status}`);
  if (f.riskLevel) c.push(sql`r.risk_level = ${f.riskLevel}`);
  if (f.staffId) c.push(sql`(r.social_worker_id = ${f.staffId} OR r.counsellor_id = ${f.staffId})`);
  // A bed holds one open assignment and a room a few beds: a short list of residents.
  if (f.roomId)
    c.push(sql`r.id IN (SELECT st.resident_id FROM beds b
      JOIN bed_assignments a ON a.bed_id = b.id AND a.to_date IS NULL
      JOIN stays st ON st.id = a.stay_id AND st.discharged_on IS NULL
      WHERE b.room_id = ${f.roomId})`);
  if (f.visibleTo) c.push(visibilityCondition(f.visibleTo));
  if (f.born === 'unknown') c.push(sql`${BIRTH_KEY} IS NULL`);
  else if (f.born) {
    if (f.born.after) c.push(sql`${BIRTH_KEY} > ${f.born.after}`);
    if (f.born.onOrBefore) c.push(sql`${BIRTH_KEY} <= ${f.born.onOrBefore}`);
  }
  return c;
}

function visibilityCondition(v: VisibleTo): RawBuilder<unknown> {
  const own = [sql`r.counsellor_id = ${v.userId}`, sql`r.social_worker_id = ${v.userId}`];
  if (v.brokenGlass.length) own.push(sql`r.id IN (${sql.join(v.brokenGlass)})`);
  if (!v.ownOnly && v.words.length === 0) return sql`1`;
  if (!v.ownOnly) {
    // Folded text drops hyphens: KGL-2026-0042 is typed or pasted as kgl20260042.
    const shown = sql`replace(lower(r.code), '-', '') || ' ' || lower(coalesce(r.given_names, ''))`;
    own.push(
      sql`(${sql.join(
        v.words.map((w) => sql`instr(${shown}, ${w}) > 0`),
        sql` AND `,
      )})`,
    );
  }
  return sql`(${sql.join(own, sql` OR `)})`;
}

const all = (conditions: RawBuilder<unknown>[]) => (conditions.length ? sql.join(conditions, sql` AND `) : sql`1`);
/** No WHERE at all when nothing filters: SQLite counts a whole table quickly only then. */
const where = (conditions: RawBuilder<unknown>[]) => (conditions.length ? sql`WHERE ${all(conditions)}` : sql``);

function orderBy(q: ListQuery): RawBuilder<unknown> {
  return sql`ORDER BY ${orderTerms(q, ORDER_SQL[q.order], sql.raw('r.code'))}`;
}

const hasFilters = (f: ListFilters) => Object.values(f).some((v) => v !== undefined);

export const residentsListRepo = {
  /**
   * Residents meeting the filters, one page in the column order, with the total; with a
   * prefix, only those whose sort name (family name first) starts with it.
   */
  async page(db: AppDb, q: ListQuery, namePrefix?: string): Promise<ListPage> {
    const prefix = namePrefix ? [sql`r.sort_name >= ${namePrefix}`, sql`r.sort_name < ${namePrefix + '\uffff'}`] : [];
    const conditions = where([...prefix, ...filterConditions(q.filters)]);
    const rows = await sql<ResidentListRow>`
      SELECT ${LIST_SQL} FROM residents r ${conditions} ${orderBy(q)} LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM residents r ${conditions}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), rows: rows.rows };
  },

  /** Members of the set meeting the filters. Without filters only the set's own subquery runs. */
  async count(db: AppDb, set: RowSet, filters: ListFilters): Promise<number> {
    const r =
      !hasFilters(filters) && !set.narrow
        ? await sql<{ n: number }>`SELECT count(*) AS n FROM (${set.rows})`.execute(db)
        : await sql<{ n: number }>`SELECT count(*) AS n FROM (${set.rows}) m CROSS JOIN residents r ON r.row_num = m.rn
            WHERE ${all([...(set.narrow ? [set.narrow] : []), ...filterConditions(filters)])}`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },

  /**
   * One page of a set in the requested order. The set's members are sorted on the order
   * column alone (SQLite keeps only the best offset + limit while sorting), and only the
   * page's rows are then read whole.
   */
  async setPage(db: AppDb, set: RowSet, q: ListQuery): Promise<ResidentListRow[]> {
    const where = all([...(set.narrow ? [set.narrow] : []), ...filterConditions(q.filters)]);
    // CROSS JOIN keeps the set outermost: the planner might otherwise walk a whole index.
    const r = await sql<ResidentListRow>`
      WITH page AS (
        SELECT r.row_num, ${ORDER_SQL[q.order]} AS k, r.code AS c FROM (${set.rows}) m CROSS JOIN residents r ON r.row_num = m.rn
        WHERE ${where} ${orderBy(q)} LIMIT ${q.limit} OFFSET ${q.offset})
      SELECT ${LIST_SQL} FROM page p CROSS JOIN residents r ON r.row_num = p.row_num
      ORDER BY ${orderTerms(q, sql.raw('p.k'), sql.raw('p.c'))}`.execute(db);
    return r.rows;
  },

  /** Stored name words starting with `prefix` (the vocabulary holds each word once). */
  async vocabularyFrom(db: AppDb, prefix: string, limit: number): Promise<string[]> {
    const r = await sql<{ word: string }>`
      SELECT word FROM resident_name_words WHERE word >= ${prefix} AND word < ${prefix + '\uffff'} LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.word);
  },

  /**
   * One page, in name order, of residents carrying one of `words` (and passing `test` and
   * the filters). Each word's residents are already in name order in resident_words_order,
   * so each gives at most offset + limit rows and those are merged: any resident of the
   * page is among the first offset + limit of one of her words.
   */
  async wordsPage(db: AppDb, words: string[], test: RawBuilder<unknown> | null, q: ListQuery): Promise<ResidentListRow[]> {
    if (words.length === 0) return [];
    const need = q.offset + q.limit;
    const conditions = [...(test ? [test] : []), ...filterConditions(q.filters)];
    const join = conditions.length ? sql`JOIN residents r ON r.row_num = w.row_num AND ${all(conditions)}` : sql``;
    const streams = words.map(
      (word) => sql`SELECT * FROM (SELECT w.row_num, w.sort_name, w.code FROM resident_words w INDEXED BY resident_words_order ${join}
        WHERE w.word = ${word} ORDER BY w.sort_name, w.code LIMIT ${need})`,
    );
    const r = await sql<ResidentListRow>`
      WITH page AS (
        SELECT DISTINCT row_num, sort_name, code FROM (${sql.join(streams, sql` UNION ALL `)})
        ORDER BY sort_name, code LIMIT ${q.limit} OFFSET ${q.offset})
      SELECT ${LIST_SQL} FROM page p CROSS JOIN residents r ON r.row_num = p.row_num ORDER BY p.sort_name, p.code`.execute(db);
    return r.rows;
  },

  /**
   * The members of a set with what ordering them needs, or null when there are more than
   * `max`: reading a few hundred matches once and ordering them in core is cheaper than
   * asking the index again for each count and tier. `passes` says whether the set's narrowing
   * and the filters hold.
   */
  async candidates(db: AppDb, set: RowSet, filters: ListFilters, max: number): Promise<Candidate[] | null> {
    // The set's own index first, stopping early: a large set costs no row reads.
    const members = await sql<{ rn: number }>`SELECT rn FROM (${set.rows}) LIMIT ${max + 1}`.execute(db);
    if (members.rows.length > max) return null;
    if (members.rows.length === 0) return [];
    const conditions = [...(set.narrow ? [set.narrow] : []), ...filterConditions(filters)];
    const r = await sql<Candidate & { passes: number }>`
      SELECT r.row_num, r.sort_name, r.code, r.admitted_on, r.search_text, ${BIRTH_KEY} AS birth_key, ${all(conditions)} AS passes
      FROM residents r WHERE r.row_num IN (${sql.join(members.rows.map((m) => m.rn))})`.execute(db);
    return r.rows.filter((x) => x.passes).map(({ passes: _, ...c }) => c);
  },

  /** List rows by row number, in the order given. */
  async rowsInOrder(db: AppDb, rowNums: number[]): Promise<ResidentListRow[]> {
    if (rowNums.length === 0) return [];
    const r = await sql<ResidentListRow & { row_num: number }>`
      SELECT r.row_num, ${LIST_SQL} FROM residents r WHERE r.row_num IN (${sql.join(rowNums)})`.execute(db);
    const byNum = new Map(r.rows.map(({ row_num, ...row }) => [row_num, row]));
    return rowNums.map((n) => byNum.get(n)).filter((x): x is ResidentListRow => x !== undefined);
  },

  /** The resident with this code, if the filters let her through. */
  async byCode(db: AppDb, code: string, filters: ListFilters): Promise<ResidentListRow[]> {
    const r = await sql<ResidentListRow>`
      SELECT ${LIST_SQL} FROM residents r WHERE ${all([sql`r.code = ${code}`, ...filterConditions(filters)])}`.execute(db);
    return r.rows;
  },

  /** Today's room and bed of each resident given who has one (open stay, open assignment). */
  async currentBeds(db: AppDb, residentIds: string[]): Promise<Map<string, { roomName: string; bedLabel: string }>> {
    const out = new Map<string, { roomName: string; bedLabel: string }>();
    if (residentIds.length === 0) return out;
    const r = await sql<{ resident_id: string; room_name: string; bed_label: string }>`
      SELECT st.resident_id, ro.name AS room_name, b.label AS bed_label FROM stays st
      JOIN bed_assignments a ON a.stay_id = st.id AND a.to_date IS NULL
      JOIN beds b ON b.id = a.bed_id JOIN rooms ro ON ro.id = b.room_id
      WHERE st.discharged_on IS NULL AND st.resident_id IN (${sql.join(residentIds)})`.execute(db);
    for (const x of r.rows) out.set(x.resident_id, { roomName: x.room_name, bedLabel: x.bed_label });
    return out;
  },

  /** The plan of a page with no filter, for the test that checks an index serves its order. */
  async pagePlan(db: AppDb, q: ListQuery): Promise<string> {
    const r = await sql<{ detail: string }>`
      EXPLAIN QUERY PLAN SELECT r.id FROM residents r ${orderBy(q)} LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
    return r.rows.map((x) => x.detail).join('\n');
  },

  /** The query plan, for the test that checks an index serves a filter. */
  async plan(db: AppDb, q: ListQuery): Promise<string> {
    const r = await sql<{ detail: string }>`
      EXPLAIN QUERY PLAN SELECT count(*) FROM residents r WHERE ${all(filterConditions(q.filters))}`.execute(db);
    return r.rows.map((x) => x.detail).join('\n');
  },
};

/** Sets the search service builds from a query. */
export const residentSets = {
  /** Names, aliases, code, phone and ID number containing every text (trigram index). */
  containing(texts: string[]): RowSet {
    return {
      rows: sql`SELECT rowid AS rn FROM resident_search WHERE resident_search MATCH ${texts.map(phrase).join(' AND ')}`,
      test: all(texts.map((t) => sql`instr(r.search_text, ${t}) > 0`)),
    };
  },

  /** A name word starting with each text (the index fences words as ^word$). */
  wordStarts(texts: string[]): RowSet {
    return {
      rows: sql`SELECT rowid AS rn FROM resident_search WHERE resident_search MATCH ${texts.map((t) => phrase('^' + t)).join(' AND ')}`,
      test: all(
        texts.map(
          (t) => sql`EXISTS (SELECT 1 FROM resident_words w WHERE w.row_num = r.row_num AND w.word >= ${t} AND w.word < ${t + '\uffff'})`,
        ),
      ),
    };
  },

  /**
   * The members of `set` a restricted viewer may find, read through indexes that do not
   * grow with `set`: her own residents (by the staff indexes and broken-glass ids, a few
   * dozen) and, unless a sensitive filter is on, others whose code or given names hold the
   * typed words (resident_shown_search, migration 0009). Each is then tested against `set`;
   * the filters' visibility condition stays the exact rule, this only chooses whom to test.
   */
  visibleIn(set: RowSet, v: VisibleTo): RowSet {
    const long = v.words.filter((w) => w.length >= 3);
    // Words too short for trigrams leave no index to narrow others by: the set as it is.
    if (!v.ownOnly && long.length === 0) return set;
    const own = [
      sql`SELECT row_num AS rn FROM residents WHERE counsellor_id = ${v.userId}`,
      sql`SELECT row_num AS rn FROM residents WHERE social_worker_id = ${v.userId}`,
    ];
    if (v.brokenGlass.length) own.push(sql`SELECT row_num AS rn FROM residents WHERE id IN (${sql.join(v.brokenGlass)})`);
    const shown = v.ownOnly
      ? []
      : [sql`SELECT rowid AS rn FROM resident_shown_search WHERE resident_shown_search MATCH ${long.map(phrase).join(' AND ')}`];
    return {
      rows: sql.join([...own, ...shown], sql` UNION `),
      narrow: all([...(set.narrow ? [set.narrow] : []), set.test]),
      test: set.test,
    };
  },

  /** Members of `a` that are not members of `b`. */
  without(a: RowSet, b: RowSet): RowSet {
    return { rows: a.rows, narrow: all([...(a.narrow ? [a.narrow] : []), sql`NOT (${b.test})`]), test: sql`${a.test} AND NOT (${b.test})` };
  },

  /** For each group, a whole name word among it (or, for a text, containing it). */
  wordGroups(groups: ({ words: string[] } | { text: string })[]): RowSet {
    const rows = groups.map((g) =>
      'words' in g
        ? sql`SELECT row_num AS rn FROM resident_words WHERE word IN (${sql.join(g.words)})`
        : sql`SELECT rowid AS rn FROM resident_search WHERE resident_search MATCH ${phrase(g.text)}`,
    );
    return {
      // INTERSECT drops repeats (two near spellings on one resident); a single group needs DISTINCT.
      rows: rows.length === 1 ? sql`SELECT DISTINCT rn FROM (${rows[0]!})` : sql.join(rows, sql` INTERSECT `),
      test: all(
        groups.map((g) =>
          'words' in g
            ? sql`EXISTS (SELECT 1 FROM resident_words w WHERE w.row_num = r.row_num AND w.word IN (${sql.join(g.words)}))`
            : sql`instr(r.search_text, ${g.text}) > 0`,
        ),
      ),
    };
  },
};

function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
