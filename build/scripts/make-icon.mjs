#!/usr/bin/env node
/**
 * Draws build/icon.png (512×512): a sun rising over a green hill on a deep-teal tile, for
 * "Amizero" (hope). Uses only node:zlib so it runs offline; electron-builder derives the
 * Windows, macOS and Linux icons from this one file.
 *
 *   node build/scripts/make-icon.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: anti-aliasing by supersampling
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'icon.png');

const TILE_TOP = [15, 94, 89];
const TILE_BOTTOM = [9, 60, 70];
const SUN = [251, 191, 36];
const RAY = [253, 224, 138];
const HILL = [74, 163, 99];

function insideRoundedRect(x, y, margin, radius) {
  const lo = margin;
  const hi = SIZE - margin;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Colour of one sample point, or null outside the tile (transparent). */
function sample(x, y) {
  if (!insideRoundedRect(x, y, 24, 96)) return null;
  const t = y / SIZE;
  let c = TILE_TOP.map((v, i) => v + (TILE_BOTTOM[i] - v) * t);

  const sunX = 256;
  const sunY = 318;
  const dx = x - sunX;
  const dy = y - sunY;
  const r = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx);
  // Nine rays fanning over the upper half, with gaps between them.
  if (dy < 0 && r > 120 && r < 196) {
    const step = Math.PI / 8;
    const k = Math.round(angle / step);
    if (Math.abs(angle - k * step) < 0.075 * (150 / r) + 0.03) c = RAY;
  }
  if (r <= 104) c = SUN;

  // The hill: a wide arc whose top hides the lower half of the sun.
  if ((x - 256) ** 2 / 330 ** 2 + (y - 560) ** 2 / 250 ** 2 <= 1) c = HILL;
  return c;
}

function render() {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    row[0] = 0; // PNG filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a > 0) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
      }
      row[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
