import type { AppDb } from '../db/kysely';

/** Queries only for sealed counselling notes and their drafts (re-key, doctor, the notes service). */
export const notesRepo = {
  sessionNotes: (db: AppDb, sessionId: string) =>
    db.selectFrom('counselling_sessions').select(['id', 'sealed_notes']).where('id', '=', sessionId).executeTakeFirst(),

  setSessionNotes: (db: AppDb, sessionId: string, sealed: Uint8Array | null) =>
    db.updateTable('counselling_sessions').set({ sealed_notes: sealed }).where('id', '=', sessionId).execute(),

  sessionIdsWithNotes: async (db: AppDb): Promise<string[]> =>
    (await db.selectFrom('counselling_sessions').select('id').where('sealed_notes', 'is not', null).execute()).map((r) => r.id),

  draft: (db: AppDb, userId: string, residentId: string, sessionKey: string) =>
    db
      .selectFrom('counselling_note_drafts')
      .select(['sealed', 'saved_at'])
      .where('user_id', '=', userId)
      .where('resident_id', '=', residentId)
      .where('session_key', '=', sessionKey)
      .executeTakeFirst(),

  async putDraft(db: AppDb, row: { user_id: string; resident_id: string; session_key: string; sealed: Uint8Array; saved_at: string }) {
    await db
      .insertInto('counselling_note_drafts')
      .values(row)
      .onConflict((oc) => oc.columns(['user_id', 'resident_id', 'session_key']).doUpdateSet({ sealed: row.sealed, saved_at: row.saved_at }))
      .execute();
  },

  deleteDraft: (db: AppDb, userId: string, residentId: string, sessionKey: string) =>
    db
      .deleteFrom('counselling_note_drafts')
      .where('user_id', '=', userId)
      .where('resident_id', '=', residentId)
      .where('session_key', '=', sessionKey)
      .execute(),

  /** Her newest draft under a session key not bound to one resident (a new group session's). */
  newestDraftOfKey: (db: AppDb, userId: string, sessionKey: string) =>
    db
      .selectFrom('counselling_note_drafts')
      .select(['resident_id', 'sealed', 'saved_at'])
      .where('user_id', '=', userId)
      .where('session_key', '=', sessionKey)
      .orderBy('saved_at', 'desc')
      .limit(1)
      .executeTakeFirst(),

  /** Her drafts under that key, but for the one kept under `keepResident`. */
  deleteDraftsOfKey: (db: AppDb, userId: string, sessionKey: string, keepResident: string | null = null) => {
    let q = db.deleteFrom('counselling_note_drafts').where('user_id', '=', userId).where('session_key', '=', sessionKey);
    if (keepResident !== null) q = q.where('resident_id', '!=', keepResident);
    return q.execute();
  },

  allDrafts: (db: AppDb) => db.selectFrom('counselling_note_drafts').selectAll().execute(),

  countSealed: async (db: AppDb): Promise<number> => {
    const a = await db
      .selectFrom('counselling_sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sealed_notes', 'is not', null)
      .executeTakeFirst();
    const b = await db
      .selectFrom('counselling_note_drafts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(a?.n ?? 0) + Number(b?.n ?? 0);
  },
};
