import { z } from 'zod';
import { SEALED_CATEGORY_IDS } from '../sealed-categories';

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(4096);

/** Base64 (padded) that decodes to `min`..`max` bytes; counted from the text, as shared/ also runs in the renderer. */
function b64Bytes(min: number, max = min) {
  return b64.refine((v) => {
    if (v.length % 4 !== 0) return false;
    const bytes = (v.length / 4) * 3 - (v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0);
    return bytes >= min && bytes <= max;
  });
}

/**
 * Argon2id bounds: never below the design values (DESIGN.md: 64 MiB, t=3, p=1), since
 * a weakened slot makes a copied folder cheap to attack, and never absurdly above, since
 * a slot that asks for 4 GiB or a hundred passes would hang or kill sign-in.
 */
export const KDF_BOUNDS = {
  memoryKiB: { min: 64 * 1024, max: 1024 * 1024 },
  iterations: { min: 3, max: 10 },
  parallelism: { min: 1, max: 4 },
} as const;

export const kdfParamsSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z.number().int().min(KDF_BOUNDS.memoryKiB.min).max(KDF_BOUNDS.memoryKiB.max),
  iterations: z.number().int().min(KDF_BOUNDS.iterations.min).max(KDF_BOUNDS.iterations.max),
  parallelism: z.number().int().min(KDF_BOUNDS.parallelism.min).max(KDF_BOUNDS.parallelism.max),
  salt: b64Bytes(16, 64),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** AES-256-GCM lengths are pinned: node accepts tags as short as 4 bytes unless told otherwise. */
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;

export const wrappedKeySchema = z.object({
  alg: z.literal('aes-256-gcm'),
  nonce: b64Bytes(GCM_NONCE_BYTES),
  ciphertext: b64Bytes(1, 3072),
  tag: b64Bytes(GCM_TAG_BYTES),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/**
 * A key sealed to a slot's X25519 public key: an ephemeral key pair, HKDF-SHA256 over the
 * shared secret, AES-256-GCM with the vault id, slot id and what is sealed as associated data.
 */
export const sealedKeySchema = z.object({
  alg: z.literal('x25519-hkdf-sha256-aes-256-gcm'),
  ephemeral: b64Bytes(32),
  nonce: b64Bytes(GCM_NONCE_BYTES),
  ciphertext: b64Bytes(32),
  tag: b64Bytes(GCM_TAG_BYTES),
});
export type SealedKey = z.infer<typeof sealedKeySchema>;

const categoryEnum = z.enum(SEALED_CATEGORY_IDS as [string, ...string[]]);

export const keyringSlotSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(['user', 'recovery']),
    /** For user slots: the user's id (a UUID, no name) and a salted HMAC of the username for look-up. */
    userId: z.string().uuid().optional(),
    lookup: b64.optional(),
    kdf: kdfParamsSchema,
    /** Version-1 slot: the data key wrapped under the password-derived key. Gone once the slot is upgraded. */
    wrapped: wrappedKeySchema.optional(),
    /** Version-2 slot: an X25519 key pair, the private half wrapped under the password-derived key. */
    publicKey: b64Bytes(32).optional(),
    privateKey: wrappedKeySchema.optional(),
    /** The data key and the category keys this slot is entitled to, sealed to its public key. */
    keys: z
      .object({
        dek: sealedKeySchema,
        categories: z.partialRecord(categoryEnum, sealedKeySchema),
      })
      .optional(),
    createdAt: z.string(),
  })
  .refine((s) => (s.wrapped ? !s.publicKey && !s.privateKey && !s.keys : Boolean(s.publicKey && s.privateKey && s.keys)), {
    message: 'a slot is either version 1 (wrapped) or version 2 (key pair and sealed keys)',
  });
export type KeyringSlot = z.infer<typeof keyringSlotSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The audit chain's head (entry count and the newest entry's hash) as last recorded by
 * the app, with a MAC keyed from the data key: dropping the newest entries or
 * rewriting the chain inside the database no longer matches it.
 */
export const auditAnchorSchema = z
  .object({ count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), hash: hex64, mac: hex64 })
  .strict();
export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

/**
 * Residents erased from this vault (ids only, no names), with a MAC keyed from the data
 * key. Kept outside the restorable database so that restoring an older backup erases
 * them again before the vault opens (electron/core/rights/erased-list.ts).
 */
export const erasedResidentsSchema = z
  .object({
    ids: z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)).max(1_000_000),
    mac: hex64,
  })
  .strict();
export type ErasedResidents = z.infer<typeof erasedResidentsSchema>;
/**
 * keyring.json: beside the database, holds only wrapped copies of the keys.
 * No resident data and no staff names appear in it.
 *
 * Version 2 adds per-slot key pairs and sealed categories. While some slots still have
 * the version-1 form (accounts that have not signed in since the upgrade, or the
 * recovery slot before the recovery key was next used), `transition` holds each
 * category key wrapped under a key derived from the data key, so those accounts can
 * receive it at their first sign-in. It is removed as soon as every entitled active
 * account and the recovery slot hold their own wrap; new vaults never have it.
 */
export const keyringSchema = z
  .object({
    format: z.literal('amizero-keyring'),
    version: z.union([z.literal(1), z.literal(2)]),
    vaultId: z.string().uuid(),
    cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4) }),
    lookupSalt: b64,
    slots: z.array(keyringSlotSchema).min(1).max(1000),
    transition: z.partialRecord(categoryEnum, wrappedKeySchema).optional(),
    auditAnchor: auditAnchorSchema.optional(),
    erasedResidents: erasedResidentsSchema.optional(),
  })
  .refine((k) => k.version === 2 || (k.slots.every((s) => s.wrapped) && !k.transition), {
    message: 'a version-1 keyring holds only version-1 slots',
  });
export type Keyring = z.infer<typeof keyringSchema>;

/** Failed sign-in bookkeeping, kept outside the database because it is written while locked. */
export const throttleFileSchema = z.object({
  format: z.literal('amizero-throttle'),
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() })),
  /** Failures not yet copied into the audit log (it is inside the locked database). */
  pending: z.array(z.object({ lookup: z.string(), at: z.string() })).max(10000),
  /** Times (ms) of recent failures under any name, for the global throttle; absent in older files. */
  recent: z.array(z.number()).max(1000).optional(),
});
export type ThrottleFile = z.infer<typeof throttleFileSchema>;
