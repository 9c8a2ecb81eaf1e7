import { app, session, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, type OriginPolicy } from './app-origin';
import { DEVICE_CHOOSER_DENIALS, forbiddenSwitches } from './security-policy';

/**
 * Session-wide denials: no permission prompt is ever granted, no device is ever chosen,
 * nothing is downloaded, and no request leaves the machine.
 */
export function hardenSession(ses: Session, policy: OriginPolicy): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setBluetoothPairingHandler?.((_details, callback) => callback({ confirmed: false }));
  for (const d of DEVICE_CHOOSER_DENIALS.filter((x) => x.on === 'session')) onChooser(ses, d);
  ses.on('will-download', (event) => event.preventDefault());

  ses.setSpellCheckerEnabled(false);
  // Belt and braces: even if spell-checking were switched on, dictionaries could not be fetched.
  ses.setSpellCheckerDictionaryDownloadURL('https://dictionaries.invalid/');

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
}

/** Applied to every webContents the app ever creates, not just the main window. */
export function guardWebContents(policy: OriginPolicy): void {
  app.on('web-contents-created', (_event, contents) => guard(contents, policy));
}

function guard(contents: WebContents, policy: OriginPolicy): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, policy)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, policy)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  for (const d of DEVICE_CHOOSER_DENIALS.filter((x) => x.on === 'webContents')) onChooser(contents, d);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (app.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

export function hardenDefaultSession(policy: OriginPolicy): void {
  hardenSession(session.defaultSession, policy);
}

/** The chooser's callback is always the listener's last argument. */
function onChooser(target: Session | WebContents, d: (typeof DEVICE_CHOOSER_DENIALS)[number]): void {
  (target as unknown as NodeJS.EventEmitter).on(d.event, (event: Electron.Event, ...rest: unknown[]) => {
    d.deny(event, rest[rest.length - 1] as (...a: unknown[]) => void);
  });
}

/**
 * A packaged app started with a debugging or protection-disabling switch quits before
 * anything loads. Returns true when it is quitting. Unpackaged runs (development) keep them.
 */
export function refuseDebugSwitches(): boolean {
  if (!app.isPackaged) return false;
  const found = forbiddenSwitches(process.argv, (name) => app.commandLine.hasSwitch(name));
  if (found.length === 0) return false;
  process.stderr.write(`[amizero] refusing to start with: ${found.map((f) => `--${f}`).join(' ')}\n`);
  app.exit(1);
  return true;
}
