import { app, session, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, type OriginPolicy } from './app-origin';

/**
 * Session-wide denials: no permission prompt is ever granted, no device is ever chosen,
 * nothing is downloaded, and no request leaves the machine.
 */
export function hardenSession(ses: Session, policy: OriginPolicy): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
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
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (app.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

export function hardenDefaultSession(policy: OriginPolicy): void {
  hardenSession(session.defaultSession, policy);
}
