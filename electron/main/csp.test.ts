import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce, injectNonceMeta } from './csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('content security policy', () => {
  const nonce = createNonce();
  const csp = buildCsp(nonce);
  const d = directives(csp);

  it('denies by default and never allows inline code or eval', () => {
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-hashes');
    expect(csp).not.toContain('*');
  });

  it('lists exactly the directives the shell promises', () => {
    expect(Object.fromEntries(d)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", `'nonce-${nonce}'`],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('uses a fresh 128-bit nonce per load and refuses one that could break out of the header', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(() => buildCsp("abc'; script-src *")).toThrow();
    expect(() => buildCsp('')).toThrow();
  });

  it('puts the nonce meta right after the charset, before any script', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>t</title><script type="module" src="./assets/i.js"></script></head><body></body></html>';
    const out = injectNonceMeta(html, 'QUJD');
    expect(out).toContain('<head><meta charset="UTF-8" /><meta name="csp-nonce" content="QUJD"><title>');
    expect(out.indexOf('csp-nonce')).toBeLessThan(out.indexOf('<script'));
    expect(injectNonceMeta('<html><HEAD lang="x"><title>t</title></HEAD></html>', 'QUJD')).toContain(
      '<HEAD lang="x"><meta name="csp-nonce" content="QUJD">',
    );
    expect(() => injectNonceMeta('<html><body></body></html>', 'QUJD')).toThrow();
  });
});
