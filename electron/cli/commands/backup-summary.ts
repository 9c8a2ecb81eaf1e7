import type { BackupSummaryView } from '../../../shared/contract/channels/backup';
import { print, table } from '../output';

export function printSummary(s: BackupSummaryView): void {
  print(`Organisation: ${s.organisationName}`);
  print(`Site:         ${s.siteCode}`);
  print(`Created at:   ${s.createdAt}`);
  print(`App version:  ${s.appVersion} (schema ${s.schemaVersion})`);
  print(`Database:     ${s.databaseBytes} bytes`);
  for (const line of table(
    ['TABLE', 'ROWS'],
    Object.entries(s.counts).map(([t, n]) => [t, String(n)]),
  ))
    print(line);
}
