import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishExclusive } from './exclusive';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const noLinks = () => {
  throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
};

describe('publishing a finished file under its final name', () => {
  for (const [label, link] of [
    ['with hard links', undefined],
    ['on a file system without them (FAT32 stick)', noLinks],
  ] as const) {
    it(`${label}: takes a free name, and never replaces a file that appeared meanwhile`, () => {
      dir = mkdtempSync(join(tmpdir(), 'amizero-exclusive-'));
      writeFileSync(join(dir, '.tmp-1'), 'new');
      publishExclusive(join(dir, '.tmp-1'), join(dir, 'backup.age'), link);
      expect(readFileSync(join(dir, 'backup.age'), 'utf8')).toBe('new');
      expect(readdirSync(dir)).toEqual(['backup.age']);

      writeFileSync(join(dir, '.tmp-2'), 'second');
      expect(() => publishExclusive(join(dir, '.tmp-2'), join(dir, 'backup.age'), link)).toThrow(
        expect.objectContaining({ code: 'DESTINATION_EXISTS' }),
      );
      expect(readFileSync(join(dir, 'backup.age'), 'utf8')).toBe('new');
    });
  }
});
