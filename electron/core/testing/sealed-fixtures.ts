import { join } from 'node:path';
import { KEYRING_FILE } from '../paths';
import { openSlot, readKeyring } from '../vault/keyring';
import { openRaw } from './raw-db';
import type { Account } from './vault-fixture';

/** A small valid-looking PDF carrying a marker, to search for afterwards. */
export function markedPdf(marker = 'CONTENT-MARKER-sealed'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${marker}\n${' '.repeat(200)}\n%%EOF\n`, 'latin1');
}

/**
 * What someone reads with a staff password and a copy of the data folder, no app: the
 * data key from her own slot, then every plaintext page (serialize() keeps them in
 * memory, WAL included).
 */
export async function offlineRead(dir: string, account: Pick<Account, 'id' | 'password'>): Promise<Buffer> {
  const keyring = readKeyring(join(dir, KEYRING_FILE));
  const slot = keyring.slots.find((s) => s.userId === account.id);
  const dek = slot ? await openSlot(keyring, slot, account.password) : null;
  if (!dek) throw new Error('the password does not open its own slot');
  const db = openRaw(dir, dek);
  try {
    return db.serialize();
  } finally {
    db.close();
    dek.fill(0);
  }
}
