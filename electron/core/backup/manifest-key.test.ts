import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encodeManifest, extractManifestKey, BLANKED_KEY } from './manifest-key';
import type { Manifest } from './manifest';

const manifest = {
  format: 'amizero-backup',
  formatVersion: 2,
  appVersion: '1.0.0',
  schemaVersion: '0005_resident_list',
  organisationName: 'Shelter "dataKeyHex": x',
  siteCode: 'KGL',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: null,
  counts: { residents: 3 },
  members: [],
  cipher: { name: 'sqlcipher', legacy: 4, pageSize: 4096 },
  compression: 'none',
  auditHead: { count: 3, hash: 'ab'.repeat(32) },
} as unknown as Manifest;

describe('the manifest key, written and read as bytes', () => {
  it('round-trips: the file holds the hex a head office needs, the parsed JSON only a blank', () => {
    const key = randomBytes(32);
    const bytes = encodeManifest(manifest, key);
    // Not in node's shared pool: posting any pooled neighbour to a worker would clone the key along.
    expect(bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length).toBe(true);
    const asFile = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    expect(asFile.dataKeyHex).toBe(key.toString('hex'));
    expect(asFile.organisationName).toBe(manifest.organisationName);
    const out = extractManifestKey(bytes)!;
    expect(out.dataKey).toEqual(key);
    expect((JSON.parse(out.json) as Record<string, unknown>).dataKeyHex).toBe(BLANKED_KEY);
    expect(out.json).not.toContain(key.toString('hex'));
    expect(bytes.every((b) => b === 0)).toBe(true);
  });

  it('refuses a manifest with no key, a malformed key or two key fields', () => {
    const key = randomBytes(32).toString('hex');
    for (const text of [
      '{"format":"amizero-backup"}',
      `{"dataKeyHex":"${key.slice(2)}"}`,
      `{"dataKeyHex":"${key.toUpperCase()}"}`,
      `{"dataKeyHex":"${key}","dataKeyHex":"${key}"}`,
      `{"dataKeyHex":${key}}`,
    ])
      expect(extractManifestKey(Buffer.from(text)), text).toBeNull();
    // Left as it was, so a manifest without a key (a newer format) can still be judged.
    expect(extractManifestKey(Buffer.from('{"formatVersion":99}'))).toBeNull();
  });
});
