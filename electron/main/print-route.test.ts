import { describe, expect, it } from 'vitest';
import { OneShotPdfRoute, PDF_VIEWER_ORIGIN, isAllowedPrintRequest } from './print-route';

const pdf = new TextEncoder().encode('%PDF-1.7 fake');

describe('the print window’s in-memory route', () => {
  it('serves the bytes once, as a PDF nobody caches, then forgets them', async () => {
    const route = new OneShotPdfRoute();
    const url = route.offer(pdf);
    expect(url).toMatch(/^amizero-print:\/\/job\/[A-Za-z0-9_-]{32}\.pdf$/);
    const first = route.answer({ method: 'GET', url });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(pdf);
    expect(route.answer({ method: 'GET', url }).status).toBe(404);
    expect(route.size).toBe(0);
  });

  it('refuses other methods, other paths, queries and look-alike URLs without spending the offer', () => {
    const route = new OneShotPdfRoute();
    const url = route.offer(pdf);
    expect(route.answer({ method: 'POST', url }).status).toBe(405);
    for (const other of [
      url.replace('.pdf', 'x.pdf'),
      `${url}?again=1`,
      url.replace('amizero-print://job/', 'amizero-print://other/'),
      url.replace('amizero-print:', 'app:'),
      'not a url',
    ])
      expect(route.answer({ method: 'GET', url: other }).status).toBe(404);
    expect(route.size).toBe(1);
    route.withdraw(url);
    expect(route.answer({ method: 'GET', url }).status).toBe(404);
  });

  it('lets the print session load only its own jobs and the PDF viewer', () => {
    expect(isAllowedPrintRequest('amizero-print://job/abc.pdf')).toBe(true);
    expect(isAllowedPrintRequest(`${PDF_VIEWER_ORIGIN}index.html`)).toBe(true);
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://amizero/index.html',
      'amizero-print://elsewhere/x',
      'chrome-extension://other/',
    ])
      expect(isAllowedPrintRequest(url)).toBe(false);
  });
});
