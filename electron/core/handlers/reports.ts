import { requireSession } from '../state';
import { runReport } from '../reports/service';
import { exportReport, printReport } from '../reports/export';
import { exportAnonymised } from '../reports/anonymised';
import { managerHome } from '../reports/home';
import { listOutreach, recordOutreach, directoryNames } from '../services/outreach';
import type { SomeHandlers } from './define';

export const reportHandlers = {
  'home.managerFigures': (_i, s) => managerHome(requireSession(s).db),
  'outreach.record': (i, s) => recordOutreach(requireSession(s), i),
  'outreach.list': (i, s) => listOutreach(requireSession(s).db, i),
  'directory.names': (_i, s) => directoryNames(requireSession(s).db),
  'reports.run': (i, s) => runReport(requireSession(s).db, i),
  'reports.anonymised': (i, s) =>
    exportAnonymised({ session: requireSession(s), dataDir: s.vault.paths.dir, grants: s.grants }, i.destinationToken, i.format),
  'reports.export': (i, s) => exportReport({ session: requireSession(s), dataDir: s.vault.paths.dir, grants: s.grants }, i),
  'reports.print': (i, s) => printReport(s, i),
} satisfies SomeHandlers;
