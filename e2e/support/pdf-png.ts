import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from '@playwright/test';

const load = createRequire(__filename);
const BASE = 'http://pdf-render.invalid';
const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#888"><canvas id="c"></canvas>
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const doc = await pdfjs.getDocument({ url: '/file.pdf', isEvalSupported: false }).promise;
const page = await doc.getPage(1);
const viewport = page.getViewport({ scale: 1.5 });
const canvas = document.getElementById('c');
canvas.width = viewport.width;
canvas.height = viewport.height;
await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
window.pdfPages = doc.numPages;
</script>`;

/**
 * Draws a PDF's first page with pdf.js in a page of its own (no canvas package in Node) and
 * saves it as a PNG, so a PDF the app made can be looked at like any screen. Returns the page count.
 */
export async function pdfToPng(context: BrowserContext, pdf: Buffer, path: string): Promise<number> {
  const page = await context.newPage();
  const files: Record<string, [string, Buffer | string]> = {
    '/': ['text/html', PAGE],
    '/pdf.mjs': ['text/javascript', readFileSync(load.resolve('pdfjs-dist/build/pdf.min.mjs'))],
    '/pdf.worker.mjs': ['text/javascript', readFileSync(load.resolve('pdfjs-dist/build/pdf.worker.min.mjs'))],
    '/file.pdf': ['application/pdf', pdf],
  };
  await page.route(`${BASE}/**`, (route) => {
    const f = files[new URL(route.request().url()).pathname];
    return f ? route.fulfill({ contentType: f[0], body: f[1] }) : route.fulfill({ status: 404 });
  });
  try {
    await page.goto(`${BASE}/`);
    const pages = await page.waitForFunction(() => (window as unknown as { pdfPages?: number }).pdfPages, null, { timeout: 20_000 });
    await page.locator('canvas').screenshot({ path });
    return (await pages.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
