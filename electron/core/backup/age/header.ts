import { timingSafeEqual } from 'node:crypto';
import { decodeB64, encodeB64 } from './base64';
import { AgeError } from './errors';
import { hkdf, hmacSha256 } from './primitives';

export const VERSION_LINE = 'age-encryption.org/v1';
const COLUMNS = 64;
/** Far above any header we or the stock tool write (a few hundred bytes per recipient). */
export const MAX_HEADER_BYTES = 256 * 1024;

export interface Stanza {
  args: string[];
  body: Buffer;
}

export interface ParsedHeader {
  stanzas: Stanza[];
  /** The header bytes up to and including `---`: what the MAC covers. */
  macInput: Buffer;
  mac: Buffer;
}

function headerMac(fileKey: Uint8Array, macInput: Uint8Array): Buffer {
  const key = hkdf(fileKey, Buffer.alloc(0), 'header');
  const mac = hmacSha256(key, macInput);
  key.fill(0);
  return mac;
}

function stanzaText(s: Stanza): string {
  const b64 = encodeB64(s.body);
  const lines: string[] = [];
  // Every body ends with a line shorter than 64 columns, empty if need be: that is how a reader finds its end.
  for (let i = 0; i <= b64.length; i += COLUMNS) lines.push(b64.slice(i, i + COLUMNS));
  return `-> ${s.args.join(' ')}\n${lines.join('\n')}\n`;
}

export function encodeHeader(stanzas: Stanza[], fileKey: Uint8Array): Buffer {
  const macInput = Buffer.from(`${VERSION_LINE}\n${stanzas.map(stanzaText).join('')}---`, 'latin1');
  return Buffer.concat([macInput, Buffer.from(` ${encodeB64(headerMac(fileKey, macInput))}\n`, 'latin1')]);
}

export function checkHeaderMac(header: ParsedHeader, fileKey: Uint8Array): void {
  const want = headerMac(fileKey, header.macInput);
  if (want.length !== header.mac.length || !timingSafeEqual(want, header.mac)) throw new AgeError('damaged', 'header MAC does not match');
}

const ARG = /^[\x21-\x7e]+$/;

/**
 * Where the header ends in `buf` (the offset just past the MAC line's newline), or
 * -1 if more bytes are needed. Stanza lines start with `->` and body lines are base64,
 * so the first line starting with `---` is the MAC line.
 */
export function findHeaderEnd(buf: Buffer): number {
  const prefix = Buffer.from(VERSION_LINE + '\n', 'latin1');
  const n = Math.min(buf.length, prefix.length);
  if (!buf.subarray(0, n).equals(prefix.subarray(0, n))) throw new AgeError('not-age', 'not an age file');
  const mark = buf.indexOf('\n---', 0, 'latin1');
  if (mark < 0) return -1;
  const nl = buf.indexOf(0x0a, mark + 1);
  return nl < 0 ? -1 : nl + 1;
}

/** Strict parse of a complete header (as delimited by findHeaderEnd). */
export function parseHeader(bytes: Buffer): ParsedHeader {
  const text = bytes.toString('latin1');
  const lines = text.split('\n');
  // The header ends with "\n", so the last split element is empty.
  if (lines.pop() !== '' || lines[0] !== VERSION_LINE) throw new AgeError('damaged', 'malformed header');
  const stanzas: Stanza[] = [];
  let i = 1;
  while (i < lines.length && lines[i]!.startsWith('-> ')) {
    const args = lines[i]!.slice(3).split(' ');
    if (args.length === 0 || !args.every((a) => ARG.test(a))) throw new AgeError('damaged', 'malformed stanza');
    i++;
    const chunks: Buffer[] = [];
    for (;;) {
      const line = lines[i];
      if (line === undefined || line.length > COLUMNS) throw new AgeError('damaged', 'malformed stanza body');
      chunks.push(decodeB64(line));
      i++;
      if (line.length < COLUMNS) break;
    }
    stanzas.push({ args, body: Buffer.concat(chunks) });
  }
  const macLine = lines[i];
  if (i !== lines.length - 1 || macLine === undefined || !macLine.startsWith('--- ') || stanzas.length === 0) {
    throw new AgeError('damaged', 'malformed header');
  }
  const mac = decodeB64(macLine.slice(4));
  if (mac.length !== 32) throw new AgeError('damaged', 'malformed header MAC');
  const macInput = bytes.subarray(0, bytes.length - macLine.length - 1 + 3);
  return { stanzas, macInput: Buffer.from(macInput), mac };
}
