import type { ServerResponse } from 'node:http';
import { EVENT_NAMES } from '../../shared/contract';
import type { CoreEvents } from '../../electron/core/state';

/** Forwards core's events to every connected page as Server-Sent Events. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly unsubscribes: (() => void)[];
  private readonly heartbeat: NodeJS.Timeout;

  constructor(core: { events: CoreEvents }) {
    this.unsubscribes = EVENT_NAMES.map((name) => core.events.on(name, (payload) => this.broadcast(name, payload)));
    // A comment line now and then stops idle connections from being reaped by the browser.
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.heartbeat.unref();
  }

  attach(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  private broadcast(name: string, payload: unknown): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const off of this.unsubscribes) off();
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
