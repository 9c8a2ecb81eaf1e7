import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload can require only 'electron'; anything else fails at run time
// and the window silently has no bridge. `npm test` builds before the unit tests.
describe('built preload bundle', () => {
  const file = join(__dirname, '..', '..', 'out', 'preload', 'index.cjs');

  it('exists (run `npm run build` first)', () => {
    expect(existsSync(file), `${file} is missing: build before testing`).toBe(true);
  });

  it('requires nothing but electron', () => {
    const required = [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
