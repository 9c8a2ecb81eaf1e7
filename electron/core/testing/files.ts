import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** name → sha256 of every regular file in a folder (recursively), for before/after comparisons. */
export function snapshotFiles(dir: string, exclude: (name: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? join(sub, entry.name) : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (!exclude(rel))
        out[rel] = createHash('sha256')
          .update(readFileSync(join(dir, rel)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

export function listFiles(dir: string): string[] {
  return Object.keys(snapshotFiles(dir)).sort();
}

/** The byte patterns a secret can take on disk: UTF-8, UTF-16LE and UTF-16BE. */
export function encodings(text: string): { label: string; bytes: Buffer }[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [
    { label: 'utf8', bytes: Buffer.from(text, 'utf8') },
    { label: 'utf16le', bytes: le },
    { label: 'utf16be', bytes: be },
  ];
}

export interface Finding {
  file: string;
  needle: string;
  encoding: string;
  offset: number;
}

/** Every occurrence of any needle (in any of its encodings) in any file of the folder. */
export function findInFiles(dir: string, needles: { label: string; bytes: Buffer }[]): Finding[] {
  const found: Finding[] = [];
  for (const file of listFiles(dir)) {
    const content = readFileSync(join(dir, file));
    for (const n of needles) {
      const offset = content.indexOf(n.bytes);
      if (offset >= 0) found.push({ file, needle: n.label.split(':')[0]!, encoding: n.label, offset });
    }
  }
  return found;
}

/** XORs one byte of a file in place. */
export function flipByte(path: string, offset: number, mask = 0x01): void {
  const buf = readFileSync(path);
  if (offset >= buf.length) throw new Error(`offset ${offset} is past the end of ${path} (${buf.length} bytes)`);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from([buf[offset]! ^ mask]), 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
