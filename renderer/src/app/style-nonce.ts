/**
 * The host writes a fresh nonce into <meta name="csp-nonce"> for every load; Mantine
 * puts it on the <style> tags it creates so the strict style-src allows them.
 */
export function readStyleNonce(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return content ? content : undefined;
}

/**
 * Mantine's dialogs lock page scrolling with react-remove-scroll, which adds its own
 * <style> tag and takes the nonce from the `get-nonce` package. That package falls back
 * to the global `__webpack_nonce__`, so setting it once keeps the strict CSP intact
 * without reaching into a transitive dependency.
 */
export function shareNonceWithScrollLock(nonce: string | undefined): void {
  if (nonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
}
