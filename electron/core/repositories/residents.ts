import { sql, type Insertable, type Selectable, type SelectQueryBuilder, type Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { DB, ReferralsInTable, ResidentsTable, StaysTable } from '../db/schema';

export type ResidentRow = Selectable<ResidentsTable>;
export type StayRow = Selectable<StaysTable>;
export type ReferralInRow = Selectable<ReferralsInTable>;

/** The columns a list row needs; the full file is read only when a file is opened. */
export const LIST_COLUMNS = [
  'residents.id',
  'residents.code',
  'residents.status',
  'residents.display_name',
  'residents.other_names',
  'residents.sex',
  'residents.date_of_birth',
  'residents.estimated_age_years',
  'residents.estimated_age_on',
  'residents.phone',
  'residents.admitted_on',
  'residents.given_names',
  'residents.family_name',
  'residents.birth_year',
] as const;
export type ResidentListRow = Pick<
  ResidentRow,
  | 'id'
  | 'code'
  | 'status'
  | 'display_name'
  | 'other_names'
  | 'sex'
  | 'date_of_birth'
  | 'estimated_age_years'
  | 'estimated_age_on'
  | 'phone'
  | 'admitted_on'
  | 'given_names'
  | 'family_name'
  | 'birth_year'
>;

export type ListOrder = 'name' | 'code' | 'admittedOn';

export interface ListQuery {
  status?: string;
  order: ListOrder;
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface MatchQuery extends ListQuery {
  /** An FTS5 MATCH expression over resident_search. */
  match: string;
}

export interface RelevanceQuery extends MatchQuery {
  /** The typed words (folded, three characters or more), for the word-start tier. */
  words: string[];
}

/** LIST_COLUMNS for the hand-written FTS queries, where residents is aliased r. */
const LIST_SQL = sql.raw(LIST_COLUMNS.map((c) => c.replace('residents.', 'r.')).join(', '));

/** Above this many matches relevance uses the single-pass ranking (see matchByRelevance). */
const BROAD_MATCH = 3000;

async function countMatches(db: AppDb, match: string, status: string | undefined): Promise<number> {
  const r = status
    ? await sql<{ n: number }>`SELECT count(*) AS n FROM resident_search s JOIN residents r ON r.row_num = s.rowid
        WHERE resident_search MATCH ${match} AND r.status = ${status}`.execute(db)
    : await sql<{ n: number }>`SELECT count(*) AS n FROM resident_search WHERE resident_search MATCH ${match}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export type WordGroup = { words: string[] } | { match: string };

const ORDER_COLUMNS: Record<ListOrder, 'residents.sort_name' | 'residents.code' | 'residents.admitted_on'> = {
  name: 'residents.sort_name',
  code: 'residents.code',
  admittedOn: 'residents.admitted_on',
};

/** One page of a filtered residents query in the requested order, with the filter's total. */
async function sortedPage(
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Kysely's type for "nothing selected yet"
  base: SelectQueryBuilder<DB, 'residents', {}>,
  q: ListQuery,
): Promise<{ total: number; rows: ResidentListRow[] }> {
  const rows = await base
    .select(LIST_COLUMNS)
    .orderBy(ORDER_COLUMNS[q.order], q.direction)
    .orderBy('residents.code', q.direction)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { total: Number(total.n), rows };
}

/** Queries only; the residents service owns codes, search text and audit. */
export const residentsRepo = {
  async lastCodeSeq(db: AppDb, site: string, year: number): Promise<number> {
    const r = await db
      .selectFrom('residents')
      .select((eb) => eb.fn.max('code_seq').as('seq'))
      .where('code_site', '=', site)
      .where('code_year', '=', year)
      .executeTakeFirst();
    return Number(r?.seq ?? 0);
  },
  /** Returns the row number the search tables refer to. */
  async insert(db: AppDb, row: Insertable<ResidentsTable>): Promise<number> {
    return (await db.insertInto('residents').values(row).returning('row_num').executeTakeFirstOrThrow()).row_num;
  },
  update: (db: AppDb, id: string, patch: Updateable<ResidentsTable>) =>
    db.updateTable('residents').set(patch).where('id', '=', id).execute(),
  byId: (db: AppDb, id: string) => db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Every name word ever stored, for near-spelling lookups; stale words only cost a row. */
  async addToVocabulary(db: AppDb, words: string[]): Promise<void> {
    if (words.length === 0) return;
    await db
      .insertInto('resident_name_words')
      .values(words.map((word) => ({ word })))
      .onConflict((oc) => oc.column('word').doNothing())
      .execute();
  },

  /** Which resident carries which whole name word. */
  async linkWords(db: AppDb, rowNum: number, words: string[]): Promise<void> {
    if (words.length)
      await db
        .insertInto('resident_words')
        .values(words.map((word) => ({ word, row_num: rowNum })))
        .execute();
  },
  async relinkWords(db: AppDb, rowNum: number, words: string[]): Promise<void> {
    await db.deleteFrom('resident_words').where('row_num', '=', rowNum).execute();
    await residentsRepo.linkWords(db, rowNum, words);
  },

  async rowNumsWithWords(db: AppDb, words: string[]): Promise<number[]> {
    if (words.length === 0) return [];
    const r = await db.selectFrom('resident_words').select('row_num').distinct().where('word', 'in', words).execute();
    return r.map((x) => x.row_num);
  },

  byRowNums: (db: AppDb, rowNums: number[]) =>
    rowNums.length ? db.selectFrom('residents').select(LIST_COLUMNS).where('row_num', 'in', rowNums).execute() : Promise.resolve([]),

  /**
   * Residents meeting every condition: carrying one of the given whole name words, or
   * matching an FTS expression. Used when a query is widened to near spellings.
   */
  async matchWordGroups(db: AppDb, groups: WordGroup[], q: ListQuery): Promise<{ total: number; rows: ResidentListRow[] }> {
    const conditions = groups.map((g) =>
      'words' in g
        ? sql`r.row_num IN (SELECT row_num FROM resident_words WHERE word IN (${sql.join(g.words)}))`
        : sql`r.row_num IN (SELECT rowid FROM resident_search WHERE resident_search MATCH ${g.match})`,
    );
    if (q.status) conditions.push(sql`r.status = ${q.status}`);
    const where = sql.join(conditions, sql` AND `);
    const column = sql.ref(ORDER_COLUMNS[q.order].replace('residents.', 'r.'));
    const rows = await sql<ResidentListRow>`
      SELECT ${LIST_SQL} FROM residents r WHERE ${where}
      ORDER BY ${column} ${sql.raw(q.direction)}, r.code ${sql.raw(q.direction)}
      LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM residents r WHERE ${where}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), rows: rows.rows };
  },

  byCode: (db: AppDb, code: string) => db.selectFrom('residents').select(LIST_COLUMNS).where('code', '=', code).execute(),

  insertStay: (db: AppDb, row: Insertable<StaysTable>) => db.insertInto('stays').values(row).execute(),
  insertReferral: (db: AppDb, row: Insertable<ReferralsInTable>) => db.insertInto('referrals_in').values(row).execute(),
  staysOf: (db: AppDb, residentId: string) =>
    db.selectFrom('stays').selectAll().where('resident_id', '=', residentId).orderBy('admitted_on', 'desc').execute(),
  referralsOf: (db: AppDb, residentId: string) =>
    db.selectFrom('referrals_in').selectAll().where('resident_id', '=', residentId).orderBy('created_at', 'desc').execute(),

  /** Plain list (no query), in one of the sortable column orders. */
  async page(db: AppDb, q: ListQuery): Promise<{ total: number; rows: ResidentListRow[] }> {
    let base = db.selectFrom('residents');
    if (q.status) base = base.where('residents.status', '=', q.status);
    return sortedPage(base, q);
  },

  /**
   * Full-text match ordered by a column. The total comes from the index alone when no
   * filter needs the resident row: counting thousands of joined rows costs milliseconds.
   */
  async match(db: AppDb, q: MatchQuery): Promise<{ total: number; rows: ResidentListRow[] }> {
    const status = q.status ? sql`AND r.status = ${q.status}` : sql``;
    const column = sql.ref(ORDER_COLUMNS[q.order].replace('residents.', 'r.'));
    const rows = await sql<ResidentListRow>`
      SELECT ${LIST_SQL} FROM resident_search s JOIN residents r ON r.row_num = s.rowid
      WHERE resident_search MATCH ${q.match} ${status}
      ORDER BY ${column} ${sql.raw(q.direction)}, r.code ${sql.raw(q.direction)}
      LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
    return { total: await countMatches(db, q.match, q.status), rows: rows.rows };
  },

  /**
   * Relevance order: residents with a name word starting with every typed word first,
   * then the other matches (typed text inside a word, code, phone, ID), each tier by name.
   * Few matches: the word-start tier comes from resident_words (an index range per word)
   * and the tiers partition the matches exactly. Many matches (a three-letter prefix of a
   * common name): one pass ranking by the first word is cheaper than building that tier.
   */
  async matchByRelevance(db: AppDb, q: RelevanceQuery): Promise<{ total: number; rows: ResidentListRow[] }> {
    const total = await countMatches(db, q.match, q.status);
    const status = q.status ? sql`AND r.status = ${q.status}` : sql``;
    if (total > BROAD_MATCH) {
      const first = q.words[0]!;
      const r = await sql<ResidentListRow>`
        SELECT ${LIST_SQL} FROM resident_search s JOIN residents r ON r.row_num = s.rowid
        WHERE resident_search MATCH ${q.match} ${status}
        ORDER BY CASE WHEN instr(r.search_text, ${'^' + first}) > 0 THEN 0 ELSE 1 END, r.sort_name, r.code
        LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
      return { total, rows: r.rows };
    }
    const wordStart = sql.join(
      q.words.map((w) => sql`r.row_num IN (SELECT row_num FROM resident_words WHERE word >= ${w} AND word < ${w + '\uffff'})`),
      sql` AND `,
    );
    const first = await sql<{ n: number }>`SELECT count(*) AS n FROM residents r WHERE ${wordStart} ${status}`.execute(db);
    const firstTotal = Number(first.rows[0]?.n ?? 0);
    const rows: ResidentListRow[] = [];
    if (q.offset < firstTotal) {
      const r = await sql<ResidentListRow>`
        SELECT ${LIST_SQL} FROM residents r WHERE ${wordStart} ${status}
        ORDER BY r.sort_name, r.code LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
      rows.push(...r.rows);
    }
    if (rows.length < q.limit && total > firstTotal) {
      const r = await sql<ResidentListRow>`
        SELECT ${LIST_SQL} FROM residents r
        WHERE r.row_num IN (SELECT rowid FROM resident_search WHERE resident_search MATCH ${q.match}) AND NOT (${wordStart}) ${status}
        ORDER BY r.sort_name, r.code LIMIT ${q.limit - rows.length} OFFSET ${Math.max(0, q.offset - firstTotal)}`.execute(db);
      rows.push(...r.rows);
    }
    return { total, rows };
  },

  /** Names starting with a one- or two-letter prefix (too short for the trigram index). */
  async namePrefix(db: AppDb, prefix: string, q: ListQuery): Promise<{ total: number; rows: ResidentListRow[] }> {
    let base = db
      .selectFrom('residents')
      .where('residents.sort_name', '>=', prefix)
      .where('residents.sort_name', '<', prefix + '\uffff');
    if (q.status) base = base.where('residents.status', '=', q.status);
    return sortedPage(base, q);
  },

  /** Stored name words sharing trigrams with `match`, best first; the caller checks the distance. */
  /** Stored name words starting with `prefix`, within a length range. */
  async wordsWithPrefix(db: AppDb, prefix: string, minLength: number, maxLength: number, limit: number): Promise<string[]> {
    const r = await sql<{ word: string }>`
      SELECT word FROM resident_name_words
      WHERE word >= ${prefix} AND word < ${prefix + '\uffff'} AND length(word) BETWEEN ${minLength} AND ${maxLength}
      LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.word);
  },

  async similarWords(db: AppDb, match: string, minLength: number, maxLength: number, limit: number): Promise<string[]> {
    const r = await sql<{ word: string }>`
      SELECT w.word FROM resident_name_word_search s JOIN resident_name_words w ON w.id = s.rowid
      WHERE resident_name_word_search MATCH ${match} AND length(w.word) BETWEEN ${minLength} AND ${maxLength}
      ORDER BY s.rank LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.word);
  },

  byPhoneKey: (db: AppDb, key: string) => db.selectFrom('residents').select(LIST_COLUMNS).where('phone_key', '=', key).limit(50).execute(),
  byIdNumberKey: (db: AppDb, key: string) =>
    db.selectFrom('residents').select(LIST_COLUMNS).where('id_number_key', '=', key).limit(50).execute(),
};
