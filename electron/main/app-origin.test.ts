import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedNavigation, isAllowedRequest, isAppUrl, isDevServerUrl } from './app-origin';

describe('app origin', () => {
  it('recognises only app://amizero/ as ours', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://amizero/assets/index.js')).toBe(true);
    for (const url of [
      'app://amizero.evil/',
      'app://evil/index.html',
      'app://user@amizero/',
      'https://amizero/',
      'file:///index.html',
      'appx://amizero/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('honours the dev server only when one is configured, websocket included', () => {
    const dev = 'http://localhost:5173/';
    expect(isDevServerUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isDevServerUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isDevServerUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isDevServerUrl('http://localhost:5173/', undefined)).toBe(false);
  });

  it('lets the window navigate only within the app', () => {
    expect(isAllowedNavigation('app://amizero/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isAllowedNavigation('ws://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    expect(isAllowedRequest('app://amizero/assets/a.css')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://amizero/2c3e-41')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'ftp://example.org/',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/x.js',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isAllowedRequest('https://example.org/', { devServerUrl: 'http://localhost:5173', allowDevTools: true })).toBe(false);
  });
});
