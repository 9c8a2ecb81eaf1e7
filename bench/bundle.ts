import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-route weight of the built renderer (DESIGN.md budget: gzip ≤ 600 KB): the
 * scripts and styles index.html loads before anything else, gzipped as a server would.
 * Lazily loaded pages are not part of the first route.
 */
export function benchBundle(rendererDir = join(process.cwd(), 'out', 'renderer')): Record<string, number> {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) throw new Error('out/renderer is missing: run `npm run build` before `npm run bench`');
  const html = readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let raw = 0;
  let gz = 0;
  for (const ref of refs) {
    const bytes = readFileSync(join(rendererDir, ref));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { first_route_kb: raw / 1024, first_route_gzip_kb: gz / 1024, files: refs.length };
}
