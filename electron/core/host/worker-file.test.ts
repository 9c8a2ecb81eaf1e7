import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_WORKER, coreWorkerScript } from './worker-file';

/** Which script the host starts: the bundle beside main's in the app, the sources through tsx elsewhere. */
describe('coreWorkerScript', () => {
  const made: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'amizero-worker-file-'));
    made.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('runs the built bundle when one sits beside the host (out/main in the app)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, BUILT_WORKER), '');
    expect(coreWorkerScript(dir)).toEqual({ script: join(dir, BUILT_WORKER), eval: false, boot: null });
  });

  it('runs the TypeScript entry through tsx from the sources', () => {
    const found = coreWorkerScript(__dirname);
    expect(found.eval).toBe(true);
    expect(found.boot?.entry).toBe(join(__dirname, 'core-worker.ts'));
    expect(existsSync(found.boot!.tsx)).toBe(true);
    expect(found.script).toContain('.register()');
  });

  it('says which files it looked for when neither is there', () => {
    const dir = tempDir();
    expect(() => coreWorkerScript(dir)).toThrow(/core-worker\.js nor core-worker\.ts/);
  });
});
