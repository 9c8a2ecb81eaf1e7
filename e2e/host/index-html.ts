import { buildCsp, createNonce, injectNonceMeta } from '../../electron/main/csp';

/** Where the shim lives; a classic script so it runs before the app's deferred module. */
export const SHIM_PATH = '/__host/shim.js';

export const newNonce = createNonce;

/** The Electron shell's policy, except that the shim's HTTP bridge needs connect-src 'self'. */
export function contentSecurityPolicy(nonce: string): string {
  return buildCsp(nonce, { connectSrc: "'self'" });
}

/**
 * Adds the nonce meta tag and the bridge shim to the built index.html. The shim goes
 * right before the first module script so `window.amizero` exists when the app starts.
 */
export function prepareIndexHtml(html: string, nonce: string): string {
  const shim = `<script src="${SHIM_PATH}"></script>`;
  let out = injectNonceMeta(html, nonce);
  const moduleScript = /<script\b[^>]*type=["']?module["']?[^>]*>/i;
  if (moduleScript.test(out)) out = out.replace(moduleScript, (m) => `${shim}\n    ${m}`);
  else out = out.replace(/<\/head>/i, `  ${shim}\n  </head>`);
  return out;
}
