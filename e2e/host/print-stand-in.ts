import { printRequestSchema, type PrintResponse } from '../../shared/contract/print';
import type { Result } from '../../shared/errors';

export const PRINT_PATH = '/__host/print';

/** What main does with a print token: core.takePrintJob. */
export type TakePrintJob = (token: string) => Promise<Result<Uint8Array>>;

/**
 * The test host's stand-in for main's print path (electron/main/print.ts): it redeems the
 * page's token in core exactly as main does, and instead of a print dialog it keeps the
 * bytes handed over, so a spec can read what would have reached the printer.
 */
export class PrintStandIn {
  constructor(private readonly takeJob: TakePrintJob) {}

  /** Every PDF handed over, in order. */
  readonly printed: Uint8Array[] = [];

  async take(raw: unknown): Promise<Result<PrintResponse>> {
    const parsed = printRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: 'malformed print request' } };
    const taken = await this.takeJob(parsed.data.token);
    if (!taken.ok) return taken;
    this.printed.push(new Uint8Array(taken.data));
    return { ok: true, data: { handedOver: true } };
  }
}
