import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Same MIME table as the app's protocol handler, so the host serves what the app serves. */
export { contentTypeFor } from '../../electron/main/renderer-files';

export type ResolvedPath = { kind: 'file'; path: string } | { kind: 'traversal' } | { kind: 'malformed' };

/**
 * Maps a raw request path onto a file below `root`. The raw path is checked segment by
 * segment *after* percent-decoding, because the WHATWG URL parser only folds literal dot
 * segments: `..%2f..%2f` would otherwise slip through as a single harmless-looking segment.
 */
export function resolveRequestPath(root: string, rawPath: string): ResolvedPath {
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return { kind: 'traversal' };
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { kind: 'malformed' };
    }
    if (seg === '..' || seg.includes('/') || seg.includes('\\') || seg.includes('\0')) return { kind: 'traversal' };
    if (seg === '' || seg === '.') continue;
    segments.push(seg);
  }
  const full = join(root, ...segments);
  if (full !== root && !full.startsWith(root + sep)) return { kind: 'traversal' };
  return { kind: 'file', path: full };
}

/**
 * Reads a file only if, after following symlinks, it is still inside the root.
 * Returns null for anything that is not a regular file there.
 */
export async function readFileInside(root: string, path: string): Promise<Buffer | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    return await readFile(real);
  } catch {
    return null;
  }
}
