import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from './bridge-shim';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A DNS-rebinding page reaches 127.0.0.1 under a foreign Host name; refusing any Host
 * but our own keeps such a page from reading even the static files.
 */
export function checkHost(req: IncomingMessage, hostPort: string): GuardVerdict {
  return req.headers.host === hostPort ? { ok: true } : { ok: false, status: 403, reason: 'unexpected Host header' };
}

/**
 * The test-host counterpart of the Electron sender-frame check: an RPC must carry the
 * per-run token the shim embeds and come from a page of this very origin. Browsers
 * always send Origin on a POST, so a missing one is refused as well.
 */
export function checkRpc(req: IncomingMessage, origin: string, token: string): GuardVerdict {
  if (req.headers.origin !== origin) return { ok: false, status: 403, reason: 'foreign or missing Origin' };
  const given = req.headers[TOKEN_HEADER];
  if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) return { ok: false, status: 403, reason: 'bad token' };
  return { ok: true };
}

/**
 * Event streams are GETs, for which browsers omit Origin on same-origin requests: the
 * token comes in the query and a browser's own Sec-Fetch-Site, when present, must agree.
 */
export function checkEventStream(req: IncomingMessage, origin: string, token: string, queryToken: string | null): GuardVerdict {
  const o = req.headers.origin;
  if (o !== undefined && o !== origin) return { ok: false, status: 403, reason: 'foreign Origin' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: 'cross-site request' };
  if (!sameSecret(queryToken ?? undefined, token)) return { ok: false, status: 403, reason: 'bad token' };
  return { ok: true };
}
