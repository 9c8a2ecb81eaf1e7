import { argon2id } from 'hash-wasm';
import { randomBytes } from 'node:crypto';
import type { KdfParams } from '../../../shared/files/keyring';

/** DESIGN.md: Argon2id m=64 MiB, t=3, p=1 or stronger. A slot below this is refused on read (KDF_BOUNDS); one below a raised default is upgraded on sign-in. */
export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export function newKdfParams(): KdfParams {
  return { name: 'argon2id', ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') };
}

export function isWeakerThanDefault(p: KdfParams): boolean {
  return p.memoryKiB < DEFAULT_KDF.memoryKiB || p.iterations < DEFAULT_KDF.iterations;
}

/** Derives the 32-byte key-encryption key for one keyring slot. */
export async function deriveKek(secret: string, params: KdfParams): Promise<Buffer> {
  const out = await argon2id({
    password: secret.normalize('NFC'),
    salt: Buffer.from(params.salt, 'base64'),
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(out);
}
