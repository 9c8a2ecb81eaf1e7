import { test, expect } from '../support/host-fixture';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AmizeroBridge } from '../../shared/contract/bridge';

type PageWindow = { amizero: AmizeroBridge; got: unknown[]; off: () => void };

// The shim must behave like the Electron preload under the same CSP, or every other
// browser spec would be testing something the app never runs.
test.describe('test host bridge in Chromium', () => {
  test('window.amizero, loaded under the strict CSP, reaches the real core', async ({ page, host }) => {
    await page.goto(host.url);

    const status = await page.evaluate(async () => {
      const bridge = (window as unknown as PageWindow).amizero;
      return { host: bridge.host, status: await bridge.invoke('app.status', {}) };
    });
    expect(status.host).toBe('test-host');
    // Same shape as the Electron preload's bridge, and no Node in the page.
    const shape = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        keys: Object.keys(w.amizero as object).sort(),
        require: typeof w.require,
        process: typeof w.process,
        Buffer: typeof w.Buffer,
      };
    });
    expect(shape).toEqual({
      keys: ['chooseDialog', 'host', 'invoke', 'on', 'print'],
      require: 'undefined',
      process: 'undefined',
      Buffer: 'undefined',
    });
    const badEvent = await page.evaluate(() => {
      try {
        (window as unknown as { amizero: { on(e: string, l: () => void): unknown } }).amizero.on('no.such.event', () => undefined);
        return 'accepted';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(badEvent).toBe('TypeError');
    expect(status.status).toMatchObject({ ok: true, data: { vault: 'none', signedIn: false } });

    const unknown = await page.evaluate(() =>
      ((window as unknown as PageWindow).amizero.invoke as (c: string, i: unknown) => Promise<unknown>)('no.such', {}),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    const replaced = await page.evaluate(() => {
      try {
        (window as unknown as { amizero: unknown }).amizero = { host: 'forged' };
      } catch {
        // Strict-mode pages throw here; either way the bridge must stay as it was.
      }
      return (window as unknown as PageWindow).amizero.host;
    });
    expect(replaced).toBe('test-host');
  });

  test('core events arrive through on() and stop after unsubscribe', async ({ page, host }) => {
    await page.goto(host.url);
    await page.evaluate(() => {
      const w = window as unknown as PageWindow;
      w.got = [];
      w.off = (window as unknown as PageWindow).amizero.on('session.locked', (p) => w.got.push(p));
    });
    // EventSource connects asynchronously; emit until the page has one.
    await expect(async () => {
      host.core.events.emit('session.locked', { reason: 'idle' });
      expect(await page.evaluate(() => (window as unknown as PageWindow).got.length)).toBeGreaterThan(0);
    }).toPass({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as PageWindow).got[0])).toEqual({ reason: 'idle' });

    await page.evaluate(() => (window as unknown as PageWindow).off());
    const before = await page.evaluate(() => (window as unknown as PageWindow).got.length);
    host.core.events.emit('session.locked', { reason: 'os' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as PageWindow).got.length)).toBe(before);
  });

  test('a page on another origin cannot load the shim or call core', async ({ page, host }) => {
    // A real second server on loopback, so only the origin differs, not the network.
    const foreign = await serveForeignPage(`<!doctype html><script src="${host.url}__host/shim.js"></script>`);
    try {
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      await page.goto(foreign.url);
      // Cross-Origin-Resource-Policy keeps the shim (and the token inside it) out of the page.
      await expect.poll(() => failed.join('\n')).toContain('__host/shim.js');
      expect(await page.evaluate(() => 'amizero' in window)).toBe(false);

      // Even a page that somehow knew the token is refused: its Origin is not the host's.
      const token = /"token":"([^"]+)"/.exec(await (await page.request.get(`${host.url}__host/shim.js`)).text())?.[1] ?? '';
      const outcome = await page.evaluate(
        async ({ url, token }) => {
          try {
            const res = await fetch(`${url}__host/rpc`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-amizero-host-token': token },
              body: JSON.stringify({ channel: 'setup.prepare', input: {} }),
            });
            return `status ${res.status}`;
          } catch {
            return 'blocked';
          }
        },
        { url: host.url, token },
      );
      expect(outcome).toBe('blocked');
    } finally {
      await foreign.close();
    }
  });
});

async function serveForeignPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
