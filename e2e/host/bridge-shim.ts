import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/contract';
import { DIALOG_PATH } from './dialog-script';
import { PRINT_PATH } from './print-stand-in';

export const TOKEN_HEADER = 'x-amizero-host-token';
export const RPC_PATH = '/__host/rpc';
export const EVENTS_PATH = '/__host/events';

/**
 * The browser-side stand-in for the Electron preload (electron/preload/bridge.ts, whose
 * behaviour it mirrors: unknown channels answered locally, unknown events thrown): plain JavaScript that defines
 * `window.amizero` (shared/contract/bridge.ts, AmizeroBridge) over HTTP to this host.
 * The channel and event lists come from the contract so nothing is declared twice;
 * the per-run token is embedded so only pages served by this host can call core.
 */
export function bridgeShimSource(token: string): string {
  const config = JSON.stringify({
    channels: CHANNEL_NAMES,
    events: EVENT_NAMES,
    token,
    tokenHeader: TOKEN_HEADER,
    rpcPath: RPC_PATH,
    eventsPath: EVENTS_PATH,
    dialogPath: DIALOG_PATH,
    printPath: PRINT_PATH,
  });
  return `// Amizero test host bridge: stands in for the Electron preload. Never shipped.
(function () {
  'use strict';
  var cfg = ${config};
  var channels = new Set(cfg.channels);
  var events = new Set(cfg.events);
  var source = null;

  function failure(code, message) {
    return { ok: false, error: { code: code, message: message } };
  }

  function invoke(channel, input) {
    if (!channels.has(channel)) return Promise.resolve(failure('UNKNOWN_CHANNEL', 'unknown channel ' + String(channel)));
    var headers = { 'content-type': 'application/json' };
    headers[cfg.tokenHeader] = cfg.token;
    return fetch(cfg.rpcPath, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ channel: channel, input: input === undefined ? {} : input }),
      credentials: 'omit',
      cache: 'no-store',
    }).then(function (res) {
      return res.json();
    }).catch(function () {
      return failure('INTERNAL', 'the test host did not answer');
    });
  }

  // Main's own paths, stood in for by the host: a request, then core's Result as JSON.
  function postToHost(path, request) {
    var headers = { 'content-type': 'application/json' };
    headers[cfg.tokenHeader] = cfg.token;
    return fetch(path, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(request === undefined ? null : request),
      credentials: 'omit',
      cache: 'no-store',
    }).then(function (res) {
      return res.json();
    }).catch(function () {
      return failure('INTERNAL', 'the test host did not answer');
    });
  }

  // Stands in for main's native dialogs: the host answers from the spec's script (dialog-script.ts).
  function chooseDialog(request) {
    return postToHost(cfg.dialogPath, request);
  }

  // Stands in for main's print dialog: the host redeems the token in core and keeps the bytes (print-stand-in.ts).
  function print(request) {
    return postToHost(cfg.printPath, request);
  }

  function eventSource() {
    // EventSource cannot send headers, so the token travels in the query string.
    if (!source) source = new EventSource(cfg.eventsPath + '?token=' + encodeURIComponent(cfg.token));
    return source;
  }

  function on(event, listener) {
    if (!events.has(event)) throw new TypeError('unknown event ' + String(event));
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    var handler = function (message) {
      var payload;
      try { payload = JSON.parse(message.data); } catch (e) { return; }
      listener(payload);
    };
    eventSource().addEventListener(event, handler);
    return function unsubscribe() {
      if (source) source.removeEventListener(event, handler);
    };
  }

  var bridge = Object.freeze({ invoke: invoke, on: on, chooseDialog: chooseDialog, print: print, host: 'test-host' });
  // Like contextBridge.exposeInMainWorld: the page cannot replace or extend it.
  Object.defineProperty(window, 'amizero', { value: bridge, writable: false, configurable: false, enumerable: true });
})();
`;
}
