import { notifications } from '@mantine/notifications';
import { chooseDialog } from './dialogs';

/**
 * A PDF core writes where the person chose: the save dialog gives a one-time token, core
 * writes and audits, and the size is shown. Null when the dialog was closed without a choice;
 * a refusal is thrown for the caller to show where it belongs.
 */
export async function savePdfAs(
  dialog: { title: string; suggestedName: string },
  save: (destinationToken: string) => Promise<{ byteSize: number }>,
  savedMessage: (size: string) => string,
  kind: 'documentExport' | 'reportExport' = 'documentExport',
): Promise<{ byteSize: number } | null> {
  const chosen = await chooseDialog({ kind, ...dialog });
  if (!chosen) return null;
  const r = await save(chosen.token);
  notifications.show({ message: savedMessage(`${Math.round(r.byteSize / 1024)} KB`) });
  return r;
}
