import type { AppDb } from '../db/kysely';

export const draftsRepo = {
  get: (db: AppDb, userId: string, formKey: string) =>
    db.selectFrom('drafts').select(['data', 'updated_at']).where('user_id', '=', userId).where('form_key', '=', formKey).executeTakeFirst(),
  put: (db: AppDb, userId: string, formKey: string, data: string, at: string) =>
    db
      .insertInto('drafts')
      .values({ user_id: userId, form_key: formKey, data, updated_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'form_key']).doUpdateSet({ data, updated_at: at }))
      .execute(),
  remove: (db: AppDb, userId: string, formKey: string) =>
    db.deleteFrom('drafts').where('user_id', '=', userId).where('form_key', '=', formKey).execute(),
};
