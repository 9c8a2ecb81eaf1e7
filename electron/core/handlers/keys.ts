import { requireSession } from '../state';
import { keysStatus } from '../services/keys-status';
import { rotateKeys } from '../services/rekey';
import { upgradeRecoverySlot } from '../services/auth';
import type { SomeHandlers } from './define';

export const keysHandlers = {
  'keys.status': (_i, s) => keysStatus(s, requireSession(s)),
  'keys.rotate': (i, s) => rotateKeys(s, i),
  'keys.upgradeRecovery': async (i, s) => (await upgradeRecoverySlot(s, i.recoveryKey), keysStatus(s, requireSession(s))),
} satisfies SomeHandlers;
