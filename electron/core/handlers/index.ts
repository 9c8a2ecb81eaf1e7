import type { Handlers } from './define';
import { accountHandlers } from './account';
import { backupHandlers } from './backup';
import { residentHandlers } from './residents';
import { residentDocumentHandlers } from './resident-documents';
import { residentCareHandlers } from './resident-care';
import { keysHandlers } from './keys';
import { accessHandlers } from './access';
import { rehabilitationHandlers } from './rehabilitation';
import { reportHandlers } from './reports';
import { reintegrationHandlers } from './reintegration';
import { homeHandlers } from './home';
import { erasureHandlers } from './erasure';
import { rightsHandlers } from './rights';

export type { Handler, Handlers } from './define';

/**
 * Channel → service, merged from one module per domain. The type makes a missing
 * handler a compile error; the contract test checks the same at run time. Access
 * checks happen in core before any handler runs.
 */
export const handlers: Handlers = {
  ...accountHandlers,
  ...backupHandlers,
  ...residentHandlers,
  ...residentDocumentHandlers,
  ...residentCareHandlers,
  ...keysHandlers,
  ...accessHandlers,
  ...rehabilitationHandlers,
  ...reportHandlers,
  ...reintegrationHandlers,
  ...homeHandlers,
  ...erasureHandlers,
  ...rightsHandlers,
};
