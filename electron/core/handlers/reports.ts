import { requireSession } from '../state';
import { runReport } from '../reports/service';
import type { SomeHandlers } from './define';

export const reportHandlers = {
  'reports.run': (i, s) => runReport(requireSession(s).db, i),
} satisfies SomeHandlers;
