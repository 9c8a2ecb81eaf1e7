/**
 * Policy pieces of the Electron shell that need no Electron to test (security.ts
 * applies them).
 */

/**
 * Switches that would open the app to another program (a debugger, a remote DevTools
 * port, V8 flags) or switch off its protections. A packaged build refuses to start
 * with any of them; the fuses already stop Node's own --inspect and NODE_OPTIONS, and
 * this stops Chromium's.
 */
export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'ignore-certificate-errors',
  'proxy-server',
  'proxy-pac-url',
  'host-rules',
  'host-resolver-rules',
  'load-extension',
  'allow-file-access-from-files',
] as const;

/** The forbidden switches present in argv (`-x`, `--x`, `--x=…`, any case) or known to Chromium's command line. */
export function forbiddenSwitches(argv: readonly string[], hasSwitch: (name: string) => boolean): string[] {
  const given = new Set(
    argv
      .slice(1)
      .filter((a) => a.startsWith('-'))
      .map((a) => a.replace(/^-+/, '').split('=')[0]!.toLowerCase()),
  );
  return FORBIDDEN_SWITCHES.filter((s) => given.has(s) || hasSwitch(s));
}

interface ChooserEvent {
  preventDefault(): void;
}

/**
 * Web pages may ask for a device (Web Bluetooth, WebHID, Web Serial, WebUSB); without a
 * handler Electron picks the first one offered. Each chooser is answered with nothing.
 * `deny` receives the event and the chooser's callback (the last listener argument).
 */
export const DEVICE_CHOOSER_DENIALS: {
  event: string;
  on: 'webContents' | 'session';
  deny(e: ChooserEvent, callback: (...a: unknown[]) => void): void;
}[] = [
  { event: 'select-bluetooth-device', on: 'webContents', deny: (e, cb) => (e.preventDefault(), cb('')) },
  { event: 'select-hid-device', on: 'session', deny: (e, cb) => (e.preventDefault(), cb()) },
  { event: 'select-serial-port', on: 'session', deny: (e, cb) => (e.preventDefault(), cb('')) },
  { event: 'select-usb-device', on: 'session', deny: (e, cb) => (e.preventDefault(), cb()) },
];
