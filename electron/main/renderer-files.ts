import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type RendererFileRequest =
  { ok: true; file: string; isHtml: boolean; contentType: string; spaFallback: string | null } | { ok: false; status: 400 | 404 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused by Chromium without a JavaScript MIME type, so never guess. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://amizero/… request to a file under the renderer folder. Anything that
 * would leave that folder (../, encoded separators, another drive, NUL) is refused.
 * `pathApi` is injectable so the Windows rules can be tested on any machine.
 */
export function resolveRendererRequest(root: string, requestUrl: string, pathApi: path.PlatformPath = path): RendererFileRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const base = pathApi.resolve(root);
  const segments = pathname.split(/[\\/]+/).filter((s) => s !== '');
  // Windows treats "..." or ".. " like "..", and "C:" or "a:stream" as drives and streams:
  // build output never has such names, so refuse them on every platform.
  if (segments.some((s) => /^[.\s]+$/.test(s) || s.includes(':'))) return { ok: false, status: 404 };
  const file = pathApi.resolve(base, ...segments);
  const rel = pathApi.relative(base, file);
  if (rel === '' || rel === '..' || rel.startsWith('..' + pathApi.sep) || pathApi.isAbsolute(rel)) return { ok: false, status: 404 };

  // Client-side routes have no extension; they get the app's page if no such file exists.
  const spaFallback = pathApi.extname(file) === '' ? pathApi.join(base, 'index.html') : null;
  const contentType = contentTypeFor(file);
  return { ok: true, file, isHtml: contentType.startsWith('text/html'), contentType, spaFallback };
}
