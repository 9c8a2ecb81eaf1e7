import { requireSession } from '../state';
import { accessOverview, breakGlass, residentAccessView } from '../services/access';
import { listPartners, removePartner, resolveTarget, savePartner, unresolvedTargets } from '../services/partners';
import type { SomeHandlers } from './define';

export const accessHandlers = {
  'residents.breakGlass': (i, s) => breakGlass(requireSession(s), i),
  'residents.access.get': (i, s) => residentAccessView(requireSession(s), i.residentId),
  'residents.accessOverview': (_i, s) => accessOverview(requireSession(s).db, s.now()),
  'partners.list': (i, s) => listPartners(requireSession(s).db, i.includeRemoved),
  'partners.save': (i, s) => savePartner(requireSession(s), i),
  'partners.remove': (i, s) => removePartner(requireSession(s), i.id),
  'partners.unresolved': (_i, s) => unresolvedTargets(requireSession(s).db),
  'partners.resolve': (i, s) => resolveTarget(requireSession(s), i.targetId, i.partnerId),
} satisfies SomeHandlers;
