/**
 * Where the app's own pages live, and which URLs the window may load or fetch.
 * No electron import here: these rules are unit-tested in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'amizero';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://amizero/… only (`URL.origin` is "null" for custom schemes, so compare parts). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** The electron-vite dev server origin, only ever honoured in an unpackaged run. */
export function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  const u = parse(url);
  const dev = parse(devServerUrl);
  if (!u || !dev) return false;
  if (u.origin === dev.origin) return true;
  // Vite's hot reload talks over a websocket on the same host and port.
  const wsProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.protocol === wsProtocol && u.host === dev.host;
}

export interface OriginPolicy {
  /** Set only when unpackaged and electron-vite dev provided ELECTRON_RENDERER_URL. */
  devServerUrl?: string | undefined;
  /** Unpackaged runs keep DevTools, whose front end loads from devtools://. */
  allowDevTools?: boolean;
}

/** Top-level or frame navigations: our own pages only. */
export function isAllowedNavigation(url: string, policy: OriginPolicy = {}): boolean {
  return isAppUrl(url) || (isDevServerUrl(url, policy.devServerUrl) && !url.startsWith('ws'));
}

/**
 * Every network request of the session. The app makes no outbound connection: anything
 * that is not our protocol (or inline image data) is cancelled, including file://.
 */
export function isAllowedRequest(url: string, policy: OriginPolicy = {}): boolean {
  if (url.startsWith('data:')) return true;
  // A blob URL carries the origin that created it; only our own pages' blobs are fine.
  const target = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
  if (isAppUrl(target) || isDevServerUrl(target, policy.devServerUrl)) return true;
  return policy.allowDevTools === true && url.startsWith('devtools://');
}
