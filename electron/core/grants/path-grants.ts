import { randomBytes } from 'node:crypto';
import { normalize } from 'node:path';
import { AppError } from '../../../shared/errors';
import { PATH_GRANT_TTL_MS, pathParts, type DialogKind, type PathGrant } from '../../../shared/contract/dialogs';

/** Enough for a person to pick a file, type a passphrase and press the button; not a standing permission. */
const MAX_GRANTS = 64;

interface Grant {
  kind: DialogKind;
  path: string;
  expiresAt: number;
  /** Set while a call uses it, so two calls cannot spend one choice at once. */
  busy: boolean;
}

/**
 * `\\host\share`, `//host/share`, and the `\\?\` / `\\.\` device forms (which include
 * `\\?\UNC\…`): all reach another machine or bypass path rules. A mapped network drive
 * letter cannot be told from a local one by its name; see the README.
 */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path);
}

function notChosen(message: string): AppError {
  return new AppError('PATH_NOT_CHOSEN', message);
}

/**
 * Paths a person chose in a dialog, held in core behind opaque tokens. Main (or the test
 * host's scripted dialogs) grants one per answered dialog; the renderer only ever holds
 * the token and the display parts, and every channel that reads or writes a chosen file
 * takes the token. A token is bound to its dialog kind, expires, and is spent by the
 * first call that succeeds with it (a refused call, such as a wrong passphrase, leaves it
 * usable until it expires so the person can correct what they typed).
 */
export class PathGrants {
  private readonly grants = new Map<string, Grant>();
  constructor(private readonly now: () => number) {}

  grant(kind: DialogKind, path: string): PathGrant {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\0'))
      throw new AppError('VALIDATION', 'not a path');
    if (isNetworkPath(path)) throw new AppError('PATH_NETWORK', 'network locations are refused');
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    const normalised = normalize(path);
    this.grants.set(token, { kind, path: normalised, expiresAt: this.now() + PATH_GRANT_TTL_MS, busy: false });
    return { token, ...pathParts(normalised) };
  }

  /** Runs `use` with the chosen path; the token is spent when `use` succeeds. */
  async use<T>(token: string, kind: DialogKind, use: (path: string) => Promise<T> | T): Promise<T> {
    const g = this.grants.get(token);
    if (!g) throw notChosen('no such choice (never granted, already used or expired)');
    if (g.kind !== kind) {
      // A token offered for another kind of choice is a page misbehaving: it is gone.
      this.grants.delete(token);
      throw notChosen(`that choice was made for ${g.kind}, not ${kind}`);
    }
    if (this.now() > g.expiresAt) {
      this.grants.delete(token);
      throw notChosen('that choice has expired');
    }
    if (g.busy) throw notChosen('that choice is being used by another call');
    g.busy = true;
    try {
      const result = await use(g.path);
      this.grants.delete(token);
      return result;
    } finally {
      g.busy = false;
    }
  }

  /**
   * A fresh token for the same choice, for a call whose success leads straight to the
   * next step (a restore's preview, then the restore): only while `token` is in use.
   */
  reissue(token: string): string {
    const g = this.grants.get(token);
    if (!g?.busy) throw new AppError('INTERNAL', 'only a choice in use can be carried over');
    return this.grant(g.kind, g.path).token;
  }

  /** Like `use` for an optional token: undefined runs `use(undefined)`. */
  useOptional<T>(token: string | undefined, kind: DialogKind, use: (path: string | undefined) => Promise<T> | T): Promise<T> {
    return token === undefined ? Promise.resolve(use(undefined)) : this.use(token, kind, use);
  }

  /** Every choice forgotten (when a session ends). */
  clear(): void {
    this.grants.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [t, g] of this.grants) if (now > g.expiresAt && !g.busy) this.grants.delete(t);
    // Oldest first (a Map keeps insertion order): a page asking for dialogs in a loop cannot grow this.
    for (const [t, g] of this.grants) {
      if (this.grants.size < MAX_GRANTS) break;
      if (!g.busy) this.grants.delete(t);
    }
  }
}
