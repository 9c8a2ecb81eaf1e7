import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

export interface Needle {
  label: string;
  bytes: Buffer;
}

export interface MemoryHit {
  label: string;
  address: string;
  region: string;
}

/** The forms a 32-byte key could take in memory: raw, hex in both cases, base64. */
export function keyNeedles(key: Buffer): Needle[] {
  return [
    { label: 'raw key bytes', bytes: Buffer.from(key) },
    { label: 'hex (lower case)', bytes: Buffer.from(key.toString('hex'), 'latin1') },
    { label: 'hex (upper case)', bytes: Buffer.from(key.toString('hex').toUpperCase(), 'latin1') },
    { label: 'base64', bytes: Buffer.from(key.toString('base64'), 'latin1') },
  ];
}

const CHUNK = 8 << 20;

/**
 * Reads every readable, writable-or-anonymous mapping of a live process (Linux:
 * /proc/<pid>/maps and /proc/<pid>/mem; the caller must be allowed to trace it, as a
 * parent is) and reports each place a needle occurs. Read-only file mappings (the
 * node binary, libraries) hold no secrets and are skipped.
 */
export function scanProcessMemory(pid: number, needles: Needle[]): { hits: MemoryHit[]; bytesScanned: number } {
  const maps = readFileSync(`/proc/${pid}/maps`, 'latin1').trim().split('\n');
  const fd = openSync(`/proc/${pid}/mem`, 'r');
  const overlap = Math.max(...needles.map((n) => n.bytes.length)) - 1;
  const hits: MemoryHit[] = [];
  let bytesScanned = 0;
  const buf = Buffer.alloc(CHUNK + overlap);
  try {
    for (const line of maps) {
      const [range, perms, , , inode, ...rest] = line.split(/\s+/);
      const region = rest.join(' ');
      if (!perms!.startsWith('r') || region === '[vvar]' || region === '[vsyscall]') continue;
      if (perms![1] !== 'w' && inode !== '0') continue;
      const [start, end] = range!.split('-').map((h) => parseInt(h, 16)) as [number, number];
      for (let at = start; at < end; at += CHUNK) {
        const want = Math.min(CHUNK + overlap, end - at);
        let got: number;
        try {
          got = readSync(fd, buf, 0, want, at);
        } catch {
          break; // a guard page or a mapping that went away meanwhile
        }
        bytesScanned += Math.min(got, CHUNK);
        const view = buf.subarray(0, got);
        for (const n of needles) {
          for (let i = view.indexOf(n.bytes); i >= 0; i = view.indexOf(n.bytes, i + 1)) {
            if (i >= CHUNK) break; // found again in the next chunk's overlap
            hits.push({ label: n.label, address: (at + i).toString(16), region: `${perms} ${region}` });
          }
        }
      }
    }
  } finally {
    closeSync(fd);
    buf.fill(0);
  }
  return { hits, bytesScanned };
}
