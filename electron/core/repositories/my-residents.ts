import type { AppDb } from '../db/kysely';

/** Queries only: risk levels of given residents, for the Home card. */
export const myResidentsRepo = {
  riskLevels: async (db: AppDb, ids: string[]): Promise<Map<string, string>> => {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('residents').select(['id', 'risk_level']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.risk_level]));
  },
};
