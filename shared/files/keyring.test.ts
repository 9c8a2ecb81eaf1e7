import { describe, expect, it } from 'vitest';
import { kdfParamsSchema, wrappedKeySchema } from './keyring';

const randomBytes = (n: number) => Buffer.from(crypto.getRandomValues(new Uint8Array(n)));

/**
 * A keyring is a file anyone with the folder can edit. Weakening a slot's KDF makes a
 * copied folder cheap to attack; absurd parameters make sign-in hang or exhaust memory;
 * short GCM tags or nonces of another length weaken the wrap. All are refused on read.
 */
const kdf = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1, salt: randomBytes(16).toString('base64') };
const wrapped = {
  alg: 'aes-256-gcm',
  nonce: randomBytes(12).toString('base64'),
  ciphertext: randomBytes(32).toString('base64'),
  tag: randomBytes(16).toString('base64'),
};

describe('keyring KDF bounds', () => {
  it('accepts the design values and stronger ones within reason', () => {
    expect(kdfParamsSchema.safeParse(kdf).success).toBe(true);
    expect(kdfParamsSchema.safeParse({ ...kdf, memoryKiB: 1024 * 1024, iterations: 10, parallelism: 4 }).success).toBe(true);
  });

  it.each([
    ['memory below 64 MiB', { memoryKiB: 64 * 1024 - 1 }],
    ['memory above 1 GiB', { memoryKiB: 1024 * 1024 + 1 }],
    ['fewer than 3 passes', { iterations: 2 }],
    ['more than 10 passes', { iterations: 11 }],
    ['no parallelism', { parallelism: 0 }],
    ['parallelism above 4', { parallelism: 5 }],
    ['a salt shorter than 16 bytes', { salt: randomBytes(8).toString('base64') }],
  ])('refuses %s', (_label, change) => {
    expect(kdfParamsSchema.safeParse({ ...kdf, ...change }).success).toBe(false);
  });
});

describe('AES-GCM wrap lengths', () => {
  it('accepts a 12-byte nonce and a 16-byte tag', () => {
    expect(wrappedKeySchema.safeParse(wrapped).success).toBe(true);
  });

  it.each([
    ['a 4-byte tag (node would accept it)', { tag: randomBytes(4).toString('base64') }],
    ['a 15-byte tag', { tag: randomBytes(15).toString('base64') }],
    ['a 16-byte nonce', { nonce: randomBytes(16).toString('base64') }],
    ['an 8-byte nonce', { nonce: randomBytes(8).toString('base64') }],
    ['an empty ciphertext', { ciphertext: '' }],
    ['base64 that does not decode cleanly', { tag: 'A'.repeat(21) + '=' }],
  ])('refuses %s', (_label, change) => {
    expect(wrappedKeySchema.safeParse({ ...wrapped, ...change }).success).toBe(false);
  });
});
