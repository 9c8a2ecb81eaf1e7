import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { buildCsp, createNonce, injectNonceMeta } from './csp';
import { resolveRendererRequest } from './renderer-files';
import { PRINT_SCHEME } from './print-route';

/**
 * Must run before app 'ready'. standard+secure gives the pages a real origin and a secure
 * context without file://'s extra privileges; supportFetchAPI lets Chromium load the
 * bundle's module scripts, which it fetches in CORS mode. corsEnabled stays off, so no
 * other origin can read our files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // The hidden print window's PDF (print.ts): a secure origin of its own, nothing more.
    { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Serves the built renderer folder (inside app.asar when packaged) on app://amizero/. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const target = resolveRendererRequest(rendererRoot, request.url);
    if (!target.ok) return new Response(null, { status: target.status });

    let body: Buffer;
    let isHtml = target.isHtml;
    let contentType = target.contentType;
    try {
      body = await readFile(target.file);
    } catch {
      if (!target.spaFallback) return new Response(null, { status: 404 });
      try {
        body = await readFile(target.spaFallback);
      } catch {
        return new Response(null, { status: 404 });
      }
      isHtml = true;
      contentType = 'text/html; charset=utf-8';
    }

    if (!isHtml) {
      return new Response(new Uint8Array(body), { headers: { ...COMMON_HEADERS, 'Content-Type': contentType } });
    }
    const nonce = createNonce();
    return new Response(injectNonceMeta(body.toString('utf8'), nonce), {
      headers: { ...COMMON_HEADERS, 'Content-Type': contentType, 'Content-Security-Policy': buildCsp(nonce) },
    });
  });
}
