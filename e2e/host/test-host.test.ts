import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { startTestHost, type TestHost } from './test-host';
import { seedVault, SEED_MANAGER } from './seed';
import { TOKEN_HEADER } from './bridge-shim';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/contract';

// A stand-in renderer build, so this test does not depend on `electron-vite build` having run.
const INDEX_HTML = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Amizero</title>
<script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`;
const SECRET_OUTSIDE = 'outside-the-renderer-7Q';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so paths reach the server exactly as written (fetch would fold `..`). */
function raw(url: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

describe('test host', () => {
  let work: string;
  let host: TestHost;
  let origin: string;
  let token: string;

  const rpc = (body: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
    raw(host.url, '/__host/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, [TOKEN_HEADER]: token, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'amizero-host-test-'));
    const rendererDir = join(work, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(work, 'secret.txt'), SECRET_OUTSIDE);
    host = await startTestHost({ rendererDir });
    origin = new URL(host.url).origin;
    const shim = await raw(host.url, '/__host/shim.js');
    token = /"token":"([^"]+)"/.exec(shim.body)?.[1] ?? '';
  });

  afterAll(async () => {
    const dataDir = host?.dataDir;
    await host?.close();
    if (dataDir) expect(existsSync(dataDir)).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('fails cleanly on a taken port, leaving no vault folder behind', async () => {
    const port = Number(new URL(host.url).port);
    const rendererDir = join(work, 'renderer');
    // A private temp root, so folders made by anything else running meanwhile do not count.
    const privateTmp = join(work, 'tmp');
    mkdirSync(privateTmp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      await expect(startTestHost({ rendererDir, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(readdirSync(privateTmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // A folder the caller chose is the caller's: it stays.
    const dataDir = join(work, 'chosen-vault');
    mkdirSync(dataDir);
    await expect(startTestHost({ rendererDir, port, dataDir })).rejects.toThrow();
    expect(existsSync(dataDir)).toBe(true);
  });

  it('answers app.status from the real core over HTTP', async () => {
    const r = await rpc({ channel: 'app.status', input: {} });
    expect(r.status).toBe(200);
    const result = JSON.parse(r.body) as { ok: boolean; data: { vault: string; signedIn: boolean } };
    expect(result).toMatchObject({ ok: true, data: { vault: 'none', signedIn: false, user: null } });
  });

  it('passes core errors through as results', async () => {
    const r = await rpc({ channel: 'users.list', input: {} });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const unknown = await rpc({ channel: 'no.such.channel', input: {} });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a bad or missing token', async () => {
    const bad = await rpc({ channel: 'app.status', input: {} }, { [TOKEN_HEADER]: 'x'.repeat(token.length) });
    expect(bad.status).toBe(403);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const none = await raw(host.url, '/__host/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ channel: 'app.status', input: {} }),
    });
    expect(none.status).toBe(403);
  });

  it('refuses a foreign or missing Origin even with the right token', async () => {
    for (const foreign of ['http://evil.example', 'http://localhost:' + new URL(host.url).port, 'null']) {
      const r = await rpc({ channel: 'app.status', input: {} }, { origin: foreign });
      expect(r.status, foreign).toBe(403);
      expect(r.body).not.toContain('"ok":true');
    }
    const noOrigin = await raw(host.url, '/__host/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel: 'app.status', input: {} }),
    });
    expect(noOrigin.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await raw(host.url, '/', { headers: { host: 'attacker.example' } });
    expect(r.status).toBe(403);
  });

  it('refuses path traversal in every spelling', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..\\..\\secret.txt',
      '/index.html%00.js',
    ]) {
      const r = await raw(host.url, path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body, path).not.toContain(SECRET_OUTSIDE);
    }
  });

  it('serves index.html with the shim before the app module, a fresh nonce and a strict CSP', async () => {
    const a = await raw(host.url, '/');
    const b = await raw(host.url, '/');
    expect(a.status).toBe(200);
    const nonceA = /<meta name="csp-nonce" content="([^"]+)">/.exec(a.body)?.[1];
    const nonceB = /<meta name="csp-nonce" content="([^"]+)">/.exec(b.body)?.[1];
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe(nonceB);
    const csp = String(a.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`style-src 'self' 'nonce-${nonceA}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(a.body.indexOf('src="/__host/shim.js"')).toBeGreaterThan(-1);
    expect(a.body.indexOf('src="/__host/shim.js"')).toBeLessThan(a.body.indexOf('type="module"'));
    // Client-side routes get the app too.
    const route = await raw(host.url, '/staff');
    expect(route.body).toContain('/__host/shim.js');
    expect((await raw(host.url, '/assets/missing.js')).status).toBe(404);
    expect((await raw(host.url, '/assets/app.js')).body).toContain('console.log');
  });

  it('builds the shim from the contract', async () => {
    const shim = (await raw(host.url, '/__host/shim.js')).body;
    expect(shim).toContain(JSON.stringify(CHANNEL_NAMES));
    expect(shim).toContain(JSON.stringify(EVENT_NAMES));
    expect(shim).toContain("host: 'test-host'");
  });

  /** Resolves with the stream's text once a session.locked event came through. */
  function lockedEventFromStream(): Promise<string> {
    const { hostname, port } = new URL(host.url);
    return new Promise<string>((done, fail) => {
      const req = request({ host: hostname, port, path: `/__host/events?token=${encodeURIComponent(token)}` }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes('event: session.locked')) {
            done(text);
            req.destroy();
          }
        });
      });
      req.on('error', fail);
      req.end();
    });
  }

  it('streams session.locked events to a page that holds the token', async () => {
    const bad = await raw(host.url, '/__host/events?token=nope');
    expect(bad.status).toBe(403);

    const received = lockedEventFromStream();
    // Give the stream a moment to attach before the event fires.
    await new Promise((r) => setTimeout(r, 100));
    host.core.events.emit('session.locked', { reason: 'manual' });
    expect(await received).toContain('data: {"reason":"manual"}');
  });

  it("runs core in its own worker thread, whose events reach the page's stream", async () => {
    await seedVault(host.core);
    expect(host.core.threadId).not.toBeNull();
    expect(host.core.threadId).not.toBe(threadId);
    await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
    const received = lockedEventFromStream();
    await new Promise((r) => setTimeout(r, 100));
    // Core itself (in the worker) announces the lock; nothing here emits it.
    await host.core.lock('shortcut');
    expect(await received).toContain('data: {"reason":"shortcut"}');
  });
});
