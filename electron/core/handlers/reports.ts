import { requireSession } from '../state';
import { runReport } from '../reports/service';
import { exportReport } from '../reports/export';
import { exportAnonymised } from '../reports/anonymised';
import type { SomeHandlers } from './define';

export const reportHandlers = {
  'reports.run': (i, s) => runReport(requireSession(s).db, i),
  'reports.anonymised': (i, s) =>
    exportAnonymised({ session: requireSession(s), dataDir: s.vault.paths.dir, grants: s.grants }, i.destinationToken),
  'reports.export': (i, s) => exportReport({ session: requireSession(s), dataDir: s.vault.paths.dir, grants: s.grants }, i),
} satisfies SomeHandlers;
