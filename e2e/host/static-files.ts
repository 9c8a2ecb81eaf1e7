import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath =
  | { kind: 'file'; path: string }
  | { kind: 'traversal' }
  | { kind: 'malformed' };

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
