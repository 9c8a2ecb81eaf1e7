import { requireSession } from '../state';
import { keysStatus } from '../services/keys-status';
import { rotateKeys } from '../services/rekey';
import type { SomeHandlers } from './define';

export const keysHandlers = {
  'keys.status': (_i, s) => keysStatus(s, requireSession(s)),
  'keys.rotate': (i, s) => rotateKeys(s, i),
} satisfies SomeHandlers;
