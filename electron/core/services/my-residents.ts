import { residentSearchSchema } from '../../../shared/domain/resident';
import type { MyResident } from '../../../shared/domain/my-residents';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/enums/care';
import { viewerOf } from '../access/relation';
import { myResidentsRepo } from '../repositories/my-residents';
import type { Session } from '../session';
import { searchResidents } from './residents-search';

const MAX = 200;
const byRisk = (r: RiskLevel) => RISK_LEVELS.indexOf(r);

/**
 * The residents in the shelter now who are assigned to the signed-in counsellor or social
 * worker, with today's room and bed and their risk level, highest risk first then by name.
 * Built on the residents list (same need-to-know narrowing), so nothing else is shown.
 */
export async function myResidents(session: Session): Promise<MyResident[]> {
  const input = residentSearchSchema.parse({ status: 'admitted', staffId: session.user.id, sort: 'name', limit: MAX });
  const { items } = await searchResidents(session.db, input, await viewerOf(session));
  const risks = await myResidentsRepo.riskLevels(
    session.db,
    items.map((i) => i.id),
  );
  return items
    .map((i) => ({
      id: i.id,
      code: i.code,
      displayName: i.displayName,
      roomName: i.roomName ?? null,
      bedLabel: i.bedLabel ?? null,
      riskLevel: (RISK_LEVELS as readonly string[]).includes(risks.get(i.id) ?? '') ? (risks.get(i.id) as RiskLevel) : 'none',
    }))
    .sort((a, b) => byRisk(b.riskLevel) - byRisk(a.riskLevel));
}
