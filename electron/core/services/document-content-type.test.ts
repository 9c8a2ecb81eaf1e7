import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkContent, mediaTypeOfName, sniffMediaType } from './document-content-type';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');

describe('document content type', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffMediaType(PDF)).toBe('application/pdf');
    expect(sniffMediaType(JPEG)).toBe('image/jpeg');
    expect(sniffMediaType(PNG)).toBe('image/png');
  });

  it('refuses text, empty files, truncated signatures and look-alikes', () => {
    const text = new TextEncoder().encode('This is a plain text file renamed to .pdf\n');
    expect(sniffMediaType(text)).toBeNull();
    expect(sniffMediaType(new Uint8Array())).toBeNull();
    expect(sniffMediaType(PNG.slice(0, 8))).toBeNull(); // signature without IHDR
    expect(sniffMediaType(JPEG.slice(0, 2))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode(' %PDF-1.4'))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('reads the claimed type from the name ending, case-insensitively', () => {
    expect(mediaTypeOfName('Scan.PDF')).toBe('application/pdf');
    expect(mediaTypeOfName('photo.JPEG')).toBe('image/jpeg');
    expect(mediaTypeOfName('photo.jpg')).toBe('image/jpeg');
    expect(mediaTypeOfName('id.png')).toBe('image/png');
    expect(mediaTypeOfName('scan0001')).toBeNull();
    expect(mediaTypeOfName('notes.txt')).toBeNull();
  });

  it('lets the content decide, and refuses a name that claims another kept type', () => {
    expect(checkContent(PDF, 'letter.pdf')).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkContent(PNG, 'scan0001')).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkContent(JPEG, 'photo.heic')).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(checkContent(PNG, 'letter.pdf')).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkContent(new TextEncoder().encode('hello'), 'letter.pdf')).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('never accepts random bytes that lack a known signature, and never throws', () => {
    const signed = (b: Uint8Array) =>
      (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) ||
      (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
      (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ maxLength: 40 }), (bytes, name) => {
        const r = checkContent(bytes, name);
        if (!signed(bytes)) expect(r).toEqual({ ok: false, reason: 'not_allowed' });
        if (r.ok) expect(sniffMediaType(bytes)).toBe(r.mediaType);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts any tail after a real signature, with a matching or silent name', () => {
    fc.assert(
      fc.property(fc.constantFrom(PDF, JPEG, PNG), fc.uint8Array({ maxLength: 256 }), (head, tail) => {
        const bytes = new Uint8Array(head.length + tail.length);
        bytes.set(head);
        bytes.set(tail, head.length);
        const r = checkContent(bytes, 'scan');
        expect(r.ok).toBe(true);
      }),
    );
  });
});
