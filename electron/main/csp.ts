import { randomBytes } from 'node:crypto';

/**
 * The page's Content-Security-Policy. Mantine injects <style> tags at run time, so styles
 * get a per-load nonce instead of 'unsafe-inline'; scripts come only from our own files.
 * The test host reuses it with connect-src 'self', because its bridge speaks HTTP.
 */
export function buildCsp(nonce: string, opts: { connectSrc?: string } = {}): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('CSP nonce must be base64');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${opts.connectSrc ?? "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits: a new one for every load of index.html. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export const NONCE_META_NAME = 'csp-nonce';

/**
 * Puts the nonce where the renderer can read it (for Mantine's getStyleNonce), before any
 * script runs: right after <meta charset> (which should stay first in <head>), else
 * right after <head>.
 */
export function injectNonceMeta(html: string, nonce: string): string {
  const meta = `<meta name="${NONCE_META_NAME}" content="${nonce}">`;
  const anchor = /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head(\s[^>]*)?>/i.exec(html);
  if (!anchor) throw new Error('index.html has no <head>');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
