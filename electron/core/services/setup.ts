import { randomInt } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { z } from 'zod';
import type { setupCompleteInput } from '../../../shared/contract/channels/setup';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { SessionUser } from '../../../shared/domain/user';
import { generateRecoveryKey, normaliseGroup, recoveryKeyGroups } from '../vault/recovery-key';
import { makeRecoverySlot, makeUserSlot, newKeyring } from '../vault/keyring';
import { organisationRepo, settingsRepo } from '../repositories/settings';
import { usersRepo, toUserSummary } from '../repositories/users';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { assertStrongPassword } from './passwords';
import type { CoreState } from '../state';
import { closingOnFailure, startSession } from './auth';
import { SEALED_CATEGORY_IDS } from '../../../shared/sealed-categories';
import { grantForRole, keysForRole } from './vault-keys';
import { copySecret, randomSecret } from '../db/raw-key';

const CONFIRM_GROUP_COUNT = 2;

/** Step 1: a recovery key is made and held in memory only, until setup completes. */
export function prepareSetup(state: CoreState): { recoveryKey: string; confirmGroups: number[] } {
  if (state.vault.exists()) throw new AppError('VAULT_EXISTS', 'a vault already exists');
  const recoveryKey = generateRecoveryKey();
  const count = recoveryKeyGroups(recoveryKey).length;
  const picks = new Set<number>();
  while (picks.size < CONFIRM_GROUP_COUNT) picks.add(randomInt(1, count + 1));
  const confirmGroups = [...picks].sort((a, b) => a - b);
  state.pendingSetup = { recoveryKey, confirmGroups };
  return { recoveryKey, confirmGroups };
}

/**
 * Step 2: with the recovery key proven written down, the vault is created in one go:
 * a fresh data key, the database, the first manager and the keyring.
 */
export async function completeSetup(state: CoreState, input: z.output<typeof setupCompleteInput>): Promise<SessionUser> {
  if (state.vault.exists()) throw new AppError('VAULT_EXISTS', 'a vault already exists');
  const pending = state.pendingSetup;
  if (!pending) throw new AppError('SETUP_NOT_PREPARED', 'setup.prepare must come first');
  const groups = recoveryKeyGroups(pending.recoveryKey);
  const typed = input.recoveryConfirmation.map(normaliseGroup);
  const expected = pending.confirmGroups.map((g) => groups[g - 1]!);
  if (typed.length !== expected.length || typed.some((t, i) => t !== expected[i])) {
    // Each wrong group is named on its own (recoveryConfirmation.N), so only that box turns red.
    const wrong = expected.map((_, i) => i).filter((i) => typed[i] !== expected[i]);
    throw new AppError('RECOVERY_CONFIRMATION_MISMATCH', 'the typed groups do not match the recovery key', {
      fields: wrong.map((i) => ({ path: `recoveryConfirmation.${i}`, code: 'mismatch', message: 'mismatch' })),
    });
  }
  assertStrongPassword(input.manager.password, 'manager.password');

  const dek = randomSecret(32);
  // Every category key exists from the first moment: a new vault never has a transitional copy.
  const categories = new Map(SEALED_CATEGORY_IDS.map((c) => [c, randomSecret(32)]));
  const userId = uuidv7();
  const at = nowIso();
  const keyring = newKeyring();
  keyring.slots = [
    await makeUserSlot(keyring, grantForRole(dek, categories, 'manager'), userId, input.manager.username, input.manager.password),
    await makeRecoverySlot(keyring, grantForRole(dek, categories, 'recovery'), pending.recoveryKey),
  ];
  try {
    await state.vault.create(
      dek,
      async ({ db }) => {
        await db.transaction().execute(async (trx) => {
          await organisationRepo.insert(trx, {
            id: uuidv7(),
            name: input.organisationName,
            site_code: input.siteCode,
            created_at: at,
            updated_at: at,
          });
          for (const [key, value] of Object.entries({ ...DEFAULT_SETTINGS, defaultLocale: input.locale })) {
            await settingsRepo.put(trx, key, value, at, userId);
          }
          await usersRepo.insert(trx, {
            id: userId,
            username: input.manager.username,
            full_name: input.manager.fullName,
            role: 'manager',
            disabled_at: null,
            must_change_password: 0,
            last_sign_in_at: null,
            created_at: at,
            created_by: null,
            updated_at: at,
            updated_by: null,
          });
          await appendAudit(trx, {
            action: 'vault.created',
            actorId: userId,
            targetType: 'organisation',
            details: { siteCode: input.siteCode },
          });
          await appendAudit(trx, {
            action: 'user.created',
            actorId: userId,
            targetType: 'user',
            targetId: userId,
            details: { role: 'manager' },
          });
        });
      },
      keyring,
    );
    state.pendingSetup = null;
    const opened = await state.vault.open(dek);
    const sessionKey = copySecret(dek);
    const sessionCategories = keysForRole(categories, 'manager');
    const row = await closingOnFailure(opened, sessionKey, () => usersRepo.byId(opened.db, userId), sessionCategories);
    return await startSession(state, opened, sessionKey, toUserSummary(row!), sessionCategories);
  } finally {
    dek.fill(0);
    for (const k of categories.values()) k.fill(0);
  }
}
