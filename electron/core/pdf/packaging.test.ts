import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The PDF path must work where it ships, not only under vitest: the CLI is one esbuild
 * bundle, and pdfkit cannot be bundled (it reads its colour profile relative to its own
 * file), so build:cli keeps it external and the font is found through node_modules.
 */
const repo = resolve(__dirname, '../../..');
const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the PDF path in the CLI bundle', () => {
  it('renders with the embedded font when bundled with build:cli’s own esbuild options', () => {
    const externals = [...scripts['build:cli']!.matchAll(/--external:(\S+)/g)].map((m) => `--external:${m[1]}`);
    expect(externals).toContain('--external:pdfkit');
    // Inside node_modules so the bundle resolves dependencies as the shipped CLI does.
    const dir = join(repo, 'node_modules', '.cache', `amizero-pdf-bundle-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `import { renderPdf } from ${JSON.stringify(join(repo, 'electron/core/pdf/render'))};
renderPdf({ title: 'T', language: 'rw', blocks: [{ kind: 'paragraph', text: 'Élève' }] }).then((b) => process.stdout.write(b.subarray(0, 5).toString('latin1') + ' ' + b.includes('DejaVuSans')));`,
      );
      const out = join(dir, 'index.js');
      execFileSync(
        join(repo, 'node_modules/.bin/esbuild'),
        [entry, '--bundle', '--platform=node', '--target=node20', '--format=cjs', `--outfile=${out}`, '--log-level=error', ...externals],
        { cwd: repo },
      );
      expect(execFileSync(process.execPath, [out], { encoding: 'utf8' })).toBe('%PDF- true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
