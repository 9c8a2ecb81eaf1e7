import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors';
import { generateIdentity, parseIdentityFile } from './index';
import { encryptBuffer } from '../testing/age-tools';
import { verifyBackup } from '../verify';

/**
 * An X25519 share of low order makes the shared secret all zeros (or OpenSSL refuses
 * to derive it): a file built to probe the reader. It is a named backup refusal, not
 * an internal error.
 */
const dir = mkdtempSync(join(tmpdir(), 'amizero-low-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Points of small order on Curve25519 (the all-zero point, the point of order 8, and 1). */
const LOW_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
];

const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64').replace(/=+$/, '');

describe('a low-order X25519 share in a backup header', () => {
  it.each(LOW_ORDER)('%s → BACKUP_BAD_RECIPIENT_SHARE', async (point) => {
    const me = generateIdentity();
    const file = await encryptBuffer(Buffer.from('not really a backup'), { recipients: [me.recipient] });
    const text = file.toString('latin1');
    const m = /-> X25519 ([A-Za-z0-9+/]{43})\n/.exec(text)!;
    const forged = Buffer.from(text.replace(m[1]!, b64(point)), 'latin1');
    const path = join(dir, `forged-${point.slice(0, 4)}.age`);
    writeFileSync(path, forged);
    const e = await verifyBackup(path, { identities: parseIdentityFile(me.identity) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BACKUP_BAD_RECIPIENT_SHARE');
  });
});
