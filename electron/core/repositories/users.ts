import type { Selectable, Insertable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { UsersTable } from '../db/schema';
import type { UserSummary } from '../../../shared/domain/user';
import type { Role } from '../../../shared/roles';

export type UserRow = Selectable<UsersTable>;

export function toUserSummary(r: UserRow): UserSummary {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role as Role,
    disabled: r.disabled_at !== null,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
    lastSignInAt: r.last_sign_in_at,
  };
}

export const usersRepo = {
  byId: (db: AppDb, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
  byUsername: (db: AppDb, username: string) => db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst(),
  all: (db: AppDb) => db.selectFrom('users').selectAll().orderBy('disabled_at').orderBy('full_name').execute(),
  async countActiveManagers(db: AppDb): Promise<number> {
    const r = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'manager')
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  insert: (db: AppDb, row: Insertable<UsersTable>) => db.insertInto('users').values(row).execute(),
  update: (db: AppDb, id: string, patch: Updateable<UsersTable>) => db.updateTable('users').set(patch).where('id', '=', id).execute(),
};
