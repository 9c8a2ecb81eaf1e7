import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CoreHost } from '../../electron/core/host/core-host';
import { EVENTS_PATH, RPC_PATH, bridgeShimSource } from './bridge-shim';
import { SHIM_PATH, contentSecurityPolicy, newNonce, prepareIndexHtml } from './index-html';
import { checkEventStream, checkHost, checkRpc } from './request-guard';
import { contentTypeFor, readFileInside, resolveRequestPath } from './static-files';
import { EventStream } from './event-stream';
import { DIALOG_PATH, DialogScript } from './dialog-script';
import { PRINT_PATH, PrintStandIn } from './print-stand-in';

const REPO_ROOT = resolve(__dirname, '..', '..');
/** AMIZERO_RENDERER_DIR lets parallel work build and test its own renderer copy. */
export const DEFAULT_RENDERER_DIR = process.env.AMIZERO_RENDERER_DIR ?? join(REPO_ROOT, 'out', 'renderer');
/** A 20 MB document travels as about 28 MB of base64 (residents.documents.attach). */
const MAX_RPC_BODY = 30 * 1024 * 1024;

export interface TestHostOptions {
  /** Vault folder; a fresh temp folder (removed on close) when omitted. */
  dataDir?: string;
  /** 0 or omitted: a random free port. */
  port?: number;
  /** The built renderer; defaults to out/renderer (`npx electron-vite build`). */
  rendererDir?: string;
  /** Where core reports internal errors; stderr by default. */
  log?: (line: string) => void;
}

/** Seeding helpers that run beside core in its worker (e2e/support/residents-seed.ts calls them). */
export const WORKER_SEED = join(__dirname, 'worker-seed.ts');
/** Faults on demand inside core's worker, for the specs that show what the window says then. */
const WORKER_FAULTS = join(REPO_ROOT, 'electron', 'core', 'testing', 'host-extensions.ts');

export interface TestHost {
  url: string;
  dataDir: string;
  /** Core in its worker thread, as the app runs it (electron/core/host). */
  core: CoreHost;
  /** Answers for the page's file dialogs; specs queue them with `dialogs.answer(...)`. */
  dialogs: DialogScript;
  /** What the page's Print buttons handed over (in the app: to the system print dialog). */
  prints: PrintStandIn;
  close(): Promise<void>;
}

/** Headers every response carries: nothing cached, nothing embeddable, nothing readable cross-origin. */
const BASE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8' });
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN_SENDER', message: reason } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_RPC_BODY) {
        done(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * A test-only web server (never shipped) that runs the real core on a data folder, in its
 * own worker thread through the same host as the app's main process, and
 * serves the built renderer with a shim standing in for the Electron preload, bound to
 * 127.0.0.1. Specs drive the real UI in Chromium while every call goes through the same
 * contract validation and permission checks as in the app.
 */
export async function startTestHost(opts: TestHostOptions = {}): Promise<TestHost> {
  const rendererDir = resolve(opts.rendererDir ?? DEFAULT_RENDERER_DIR);
  const indexPath = join(rendererDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no built renderer at ${indexPath}: run \`npx electron-vite build\` first`);

  const ownsDataDir = opts.dataDir === undefined;
  const dataDir = resolve(opts.dataDir ?? mkdtempSync(join(tmpdir(), 'amizero-e2e-')));
  const core = new CoreHost({
    dataDir,
    version: appVersion(),
    extensions: [WORKER_SEED, WORKER_FAULTS],
    ...(opts.log ? { log: opts.log } : {}),
  });
  const events = new EventStream(core);
  const dialogs = new DialogScript((kind, path) => core.grantPath(kind, path));
  const prints = new PrintStandIn((token) => core.takePrintJob(token));
  const token = randomBytes(32).toString('base64url');
  let origin = '';
  let hostPort = '';

  async function serveFile(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    const resolved = resolveRequestPath(rendererDir, rawPath);
    if (resolved.kind === 'malformed') return send(res, 400, 'bad request');
    if (resolved.kind === 'traversal') return send(res, 403, 'forbidden');
    const isIndex = resolved.path === rendererDir || resolved.path === indexPath;
    const body = isIndex ? null : await readFileInside(rendererDir, resolved.path);
    if (body) return send(res, 200, req.method === 'HEAD' ? '' : body, { 'content-type': contentTypeFor(resolved.path) });
    // Client-side routes (no file extension) get the app, like a history-API router expects.
    const last = rawPath.split('/').pop() ?? '';
    if (!isIndex && last.includes('.')) return send(res, 404, 'not found');
    const nonce = newNonce();
    const html = prepareIndexHtml(readFileSync(indexPath, 'utf8'), nonce);
    send(res, 200, req.method === 'HEAD' ? '' : html, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy(nonce),
    });
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRpc(req, origin, token);
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'expected application/json');
    const raw = await readBody(req);
    if (raw === null) return refuse(res, 413, 'request too large');
    let msg: { channel?: unknown; input?: unknown };
    try {
      msg = JSON.parse(raw) as typeof msg;
    } catch {
      return refuse(res, 400, 'malformed JSON');
    }
    if (typeof msg !== 'object' || msg === null) return refuse(res, 400, 'malformed request');
    sendJson(res, 200, await core.dispatch(msg.channel, msg.input));
  }

  /** Same guard as an RPC: only this host's own pages may ask for a dialog or a print. */
  async function handleStandIn(
    req: IncomingMessage,
    res: ServerResponse,
    standIn: { take(request: unknown): Promise<unknown> },
  ): Promise<void> {
    const verdict = checkRpc(req, origin, token);
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    const raw = await readBody(req);
    if (raw === null) return refuse(res, 413, 'request too large');
    let request: unknown;
    try {
      request = JSON.parse(raw);
    } catch {
      return refuse(res, 400, 'malformed JSON');
    }
    sendJson(res, 200, await standIn.take(request));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = checkHost(req, hostPort);
    if (!host.ok) return send(res, host.status, host.reason);
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));

    if (rawPath === RPC_PATH) {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', { allow: 'POST' });
      return handleRpc(req, res);
    }
    if (rawPath === DIALOG_PATH) {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', { allow: 'POST' });
      return handleStandIn(req, res, dialogs);
    }
    if (rawPath === PRINT_PATH) {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', { allow: 'POST' });
      return handleStandIn(req, res, prints);
    }
    if (rawPath === EVENTS_PATH) {
      if (req.method !== 'GET') return send(res, 405, 'method not allowed', { allow: 'GET' });
      const verdict = checkEventStream(req, origin, token, query.get('token'));
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
      return events.attach(res, BASE_HEADERS);
    }
    if (rawPath === SHIM_PATH) return send(res, 200, bridgeShimSource(token), { 'content-type': 'text/javascript; charset=utf-8' });
    if (rawPath.startsWith('/__host/')) return send(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    return serveFile(req, res, rawPath);
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`[test-host] ${(e as Error)?.stack ?? String(e)}\n`);
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.end();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(opts.port ?? 0, '127.0.0.1', () => done());
    });
  } catch (e) {
    // A taken port must not leave a temp vault folder behind.
    events.close();
    await core.close();
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const { port } = server.address() as AddressInfo;
  hostPort = `127.0.0.1:${port}`;
  origin = `http://${hostPort}`;

  let closed = false;
  return {
    url: `${origin}/`,
    dataDir,
    core,
    dialogs,
    prints,
    async close() {
      if (closed) return;
      closed = true;
      events.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive and event-stream sockets would otherwise hold close() open.
        for (const s of sockets) s.destroy();
      });
      await core.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
