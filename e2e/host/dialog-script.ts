import {
  dialogRequestSchema,
  type DialogKind,
  type DialogRequest,
  type DialogResponse,
  type PathGrant,
} from '../../shared/contract/dialogs';
import type { Result } from '../../shared/errors';

export const DIALOG_PATH = '/__host/dialog';

export type ScriptedAnswer = { kind: DialogKind; path: string } | { kind: DialogKind; cancelled: true };

/** What main does with a chosen path: core.grantPath. The page gets the token, never the path. */
export type GrantPath = (kind: DialogKind, path: string) => Promise<Result<PathGrant>>;

/**
 * The test host's stand-in for the native file dialogs of electron/main/dialogs.ts: a spec
 * queues the answers a person would give, in order, and the page's `chooseDialog` takes
 * them one at a time. A request nobody scripted, or of another kind than the next answer,
 * fails loudly rather than guessing, so a spec cannot pass by accident. A chosen path is
 * handed to core exactly as main does, and the page receives only core's token for it.
 */
export class DialogScript {
  constructor(private readonly grant: GrantPath) {}

  private readonly queue: ScriptedAnswer[] = [];
  /** Every request the page made, in order, for specs to assert on. */
  readonly asked: DialogRequest[] = [];

  answer(...answers: ScriptedAnswer[]): void {
    this.queue.push(...answers);
  }

  pending(): number {
    return this.queue.length;
  }

  async take(raw: unknown): Promise<Result<DialogResponse>> {
    const parsed = dialogRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: 'malformed dialog request' } };
    const request = parsed.data;
    this.asked.push(request);
    const next = this.queue[0];
    if (!next) return { ok: false, error: { code: 'INTERNAL', message: `no scripted answer for a ${request.kind} dialog` } };
    if (next.kind !== request.kind) {
      return { ok: false, error: { code: 'INTERNAL', message: `the page asked for ${request.kind}, the script expected ${next.kind}` } };
    }
    this.queue.shift();
    return 'path' in next ? this.grant(request.kind, next.path) : { ok: true, data: { cancelled: true } };
  }
}
