import { notifications } from '@mantine/notifications';
import type { PrintJob } from '../../../shared/contract/print';
import { ApiError } from './api-error';
import { getBridge } from './bridge';

/**
 * A PDF core makes for the system print dialog: a print channel checks access and gives a
 * one-time token, main redeems it and shows the dialog (shared/contract/print.ts). The page
 * never holds the bytes. A refusal is thrown for the caller to show where it belongs.
 */
export async function printPdf(make: () => Promise<PrintJob>, handedOver: (size: string) => string): Promise<void> {
  const job = await make();
  const bridge = getBridge();
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: 'window.amizero is missing' });
  let result;
  try {
    result = await bridge.print({ token: job.printToken });
  } catch (e) {
    throw new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'print failure' });
  }
  if (!result.ok) throw new ApiError(result.error);
  notifications.show({ message: handedOver(`${Math.round(job.byteSize / 1024)} KB`) });
}
