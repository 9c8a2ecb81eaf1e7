import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererRequest } from './renderer-files';

const root = '/srv/app/out/renderer';

describe('renderer file resolution', () => {
  it('maps app://amizero/ paths into the renderer folder', () => {
    expect(resolveRendererRequest(root, 'app://amizero/')).toMatchObject({
      ok: true,
      file: '/srv/app/out/renderer/index.html',
      isHtml: true,
    });
    expect(resolveRendererRequest(root, 'app://amizero/index.html')).toMatchObject({ ok: true, file: '/srv/app/out/renderer/index.html' });
    expect(resolveRendererRequest(root, 'app://amizero/assets/index-1a2b.js?v=1#x')).toMatchObject({
      ok: true,
      file: '/srv/app/out/renderer/assets/index-1a2b.js',
      contentType: 'text/javascript; charset=utf-8',
      isHtml: false,
      spaFallback: null,
    });
    expect(resolveRendererRequest(root, 'app://amizero/fonts/Noto%20Sans.woff2')).toMatchObject({
      ok: true,
      file: '/srv/app/out/renderer/fonts/Noto Sans.woff2',
    });
  });

  it('keeps dot segments the URL parser already removed inside the folder', () => {
    expect(resolveRendererRequest(root, 'app://amizero/../../etc/passwd')).toMatchObject({
      ok: true,
      file: '/srv/app/out/renderer/etc/passwd',
    });
    expect(resolveRendererRequest(root, 'app://amizero/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({
      ok: true,
      file: '/srv/app/out/renderer/etc/passwd',
    });
  });

  it('refuses every way out of the folder', () => {
    for (const url of [
      'app://amizero/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://amizero/assets/..%5c..%5csecret',
      'app://amizero/%2e%2e%2f%2e%2e%2fsecret',
      'app://amizero/.../secret',
      'app://amizero/..%20/secret',
      'app://amizero/index.html%00.js',
      'app://amizero/C:%5cWindows%5cwin.ini',
      'app://amizero/index.html:stream',
    ]) {
      const r = resolveRendererRequest(root, url);
      if (r.ok) expect.fail(`${url} resolved to ${r.file}`);
    }
  });

  it('refuses other hosts, other schemes and malformed escapes', () => {
    expect(resolveRendererRequest(root, 'app://other/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveRendererRequest(root, 'file:///srv/app/out/renderer/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveRendererRequest(root, 'app://amizero/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveRendererRequest(root, '::')).toEqual({ ok: false, status: 400 });
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Amizero\\resources\\app.asar\\out\\renderer';
    const ok = resolveRendererRequest(winRoot, 'app://amizero/assets/a.css', path.win32);
    expect(ok).toMatchObject({ ok: true, file: `${winRoot}\\assets\\a.css` });
    for (const url of [
      'app://amizero/..%5c..%5cwin.ini',
      'app://amizero/D:%5csecret.txt',
      'app://amizero/%5c%5cserver%5cshare%5cx',
      'app://amizero/a/..%5c..%5c..%5cx',
    ]) {
      const r = resolveRendererRequest(winRoot, url, path.win32);
      if (r.ok) expect(r.file.startsWith(winRoot + '\\'), `${url} → ${r.file}`).toBe(true);
    }
  });

  it('falls back to index.html only for extension-less client routes', () => {
    expect(resolveRendererRequest(root, 'app://amizero/staff/42')).toMatchObject({
      ok: true,
      spaFallback: '/srv/app/out/renderer/index.html',
    });
    expect(resolveRendererRequest(root, 'app://amizero/missing.js')).toMatchObject({ ok: true, spaFallback: null });
  });

  it('names a JavaScript type for module scripts and never guesses others', () => {
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
