import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CanaryHit {
  file: string;
  marker: string;
  encoding: 'utf8' | 'utf16le';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

/**
 * Looks for strings the user typed in every file of a data folder (database, -wal, -shm,
 * keyring, throttle, temp files), as UTF-8 and UTF-16LE — the two encodings SQLite
 * stores text in. Any hit means something left the encrypted database in the clear.
 */
export function scanForMarkers(dataDir: string, markers: string[]): { files: string[]; hits: CanaryHit[] } {
  const files = filesUnder(dataDir);
  const hits: CanaryHit[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const marker of markers) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(marker, encoding))) hits.push({ file: relative(dataDir, file), marker, encoding });
      }
    }
  }
  return { files: files.map((f) => relative(dataDir, f)), hits };
}
