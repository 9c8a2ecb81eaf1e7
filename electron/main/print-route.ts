import { randomBytes } from 'node:crypto';

/**
 * The in-memory route the hidden print window loads a PDF from. No electron import here:
 * these rules are unit-tested in plain Node; electron/main/print.ts only wires them to a
 * protocol handler of a private session and a hidden window.
 */
export const PRINT_SCHEME = 'amizero-print';
const PRINT_HOST = 'job';

/** Chromium's built-in PDF viewer, which draws the PDF the print window shows (and nothing else may load). */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

const HEADERS = {
  'Content-Type': 'application/pdf',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'",
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * PDFs offered to the print window, each under its own random URL, served once: the
 * first GET answers the bytes and forgets them, anything else is refused. Nothing is
 * written to disk, and the bytes are dropped when the window is done even if never asked.
 */
export class OneShotPdfRoute {
  private readonly offered = new Map<string, Uint8Array>();

  offer(bytes: Uint8Array): string {
    const url = `${PRINT_SCHEME}://${PRINT_HOST}/${randomBytes(24).toString('base64url')}.pdf`;
    this.offered.set(url, bytes);
    return url;
  }

  answer(request: { method: string; url: string }): Response {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const u = parse(request.url);
    const key =
      u && u.protocol === `${PRINT_SCHEME}:` && u.host === PRINT_HOST && u.search === '' ? `${u.protocol}//${u.host}${u.pathname}` : null;
    const bytes = key === null ? undefined : this.offered.get(key);
    if (key === null || bytes === undefined) return new Response(null, { status: 404 });
    this.offered.delete(key);
    return new Response(new Uint8Array(bytes), { status: 200, headers: HEADERS });
  }

  withdraw(url: string): void {
    this.offered.delete(url);
  }

  get size(): number {
    return this.offered.size;
  }
}

/** The print window's session lets through its own PDF and the viewer that draws it; nothing else, and nothing off the machine. */
export function isAllowedPrintRequest(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${PRINT_SCHEME}:`) return u.host === PRINT_HOST;
  return url.startsWith(PDF_VIEWER_ORIGIN);
}
