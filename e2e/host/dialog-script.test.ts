import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALOG_PATH, DialogScript } from './dialog-script';
import type { DialogKind, PathGrant } from '../../shared/contract/dialogs';
import type { Result } from '../../shared/errors';
import { TOKEN_HEADER } from './bridge-shim';
import { startTestHost, type TestHost } from './test-host';

/** Stands in for core.grantPath: records what main would hand core, answers with a recognisable token. */
function recordingGrant() {
  const granted: { kind: DialogKind; path: string }[] = [];
  const grant = (kind: DialogKind, path: string): Promise<Result<PathGrant>> => {
    granted.push({ kind, path });
    return Promise.resolve({ ok: true, data: { token: 'T'.repeat(43), name: 'usb', folder: '/tmp/' } });
  };
  return { granted, grant };
}

describe("test host's scripted dialogs", () => {
  it('answers requests in order, hands the chosen path to core and the page only the token', async () => {
    const { granted, grant } = recordingGrant();
    const script = new DialogScript(grant);
    script.answer({ kind: 'backupFolder', path: '/tmp/usb' }, { kind: 'backupFile', cancelled: true });
    expect(await script.take({ kind: 'backupFolder', title: 'Choose' })).toEqual({
      ok: true,
      data: { token: 'T'.repeat(43), name: 'usb', folder: '/tmp/' },
    });
    expect(granted).toEqual([{ kind: 'backupFolder', path: '/tmp/usb' }]);
    expect(await script.take({ kind: 'backupFile' })).toEqual({ ok: true, data: { cancelled: true } });
    expect(script.asked.map((r) => r.kind)).toEqual(['backupFolder', 'backupFile']);
    expect(script.pending()).toBe(0);
  });

  it('fails loudly on an unscripted, unexpected or malformed request', async () => {
    const { granted, grant } = recordingGrant();
    const script = new DialogScript(grant);
    expect(await script.take({ kind: 'backupFolder' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    script.answer({ kind: 'identityFile', path: '/k' });
    expect(await script.take({ kind: 'backupFile' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(script.pending()).toBe(1);
    expect(await script.take({ kind: 'backupFile', defaultPath: '/etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await script.take({ kind: 'identityFile' })).toMatchObject({ ok: true });
    expect(granted).toEqual([{ kind: 'identityFile', path: '/k' }]);
  });
});

describe("test host's dialog endpoint", () => {
  let work: string;
  let host: TestHost;
  let origin: string;
  let token: string;

  function post(body: unknown, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    const { hostname, port } = new URL(host.url);
    return new Promise((done, fail) => {
      const req = request({ host: hostname, port, path: DIALOG_PATH, method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', fail);
      req.end(JSON.stringify(body));
    });
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'amizero-dialog-test-'));
    const rendererDir = join(work, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    host = await startTestHost({ rendererDir });
    origin = new URL(host.url).origin;
    const shim = await fetch(new URL('/__host/shim.js', host.url)).then((r) => r.text());
    expect(shim).toContain('chooseDialog: chooseDialog');
    token = /"token":"([^"]+)"/.exec(shim)?.[1] ?? '';
  });

  afterAll(async () => {
    await host.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('answers only this host’s own pages, from the script', async () => {
    host.dialogs.answer({ kind: 'backupFolder', path: '/tmp/usb' });
    const json = { 'content-type': 'application/json' };
    expect((await post({ kind: 'backupFolder' }, { ...json, origin })).status).toBe(403);
    expect((await post({ kind: 'backupFolder' }, { ...json, [TOKEN_HEADER]: token, origin: 'http://evil.example' })).status).toBe(403);
    expect(host.dialogs.pending()).toBe(1);
    const ok = await post({ kind: 'backupFolder' }, { ...json, [TOKEN_HEADER]: token, origin });
    // The page gets core's token and the parts to show, never the path as something it could send back.
    const answer = JSON.parse(ok.body) as { ok: true; data: PathGrant };
    expect(answer.data).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), name: 'usb', folder: '/tmp/' });
    expect(ok.body).not.toContain('"path"');
  });
});
