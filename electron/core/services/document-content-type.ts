import { DOCUMENT_EXTENSIONS, DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../../shared/enums/documents';

/**
 * What a file is, from its first bytes. Names and the browser's guessed type are set by
 * whoever made the file; the bytes are what a viewer will actually parse.
 */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG files start their chunks with IHDR right after the signature (ISO/IEC 15948 §11.2.2). */
const PNG_IHDR = [0x49, 0x48, 0x44, 0x52];
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_SOI = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** The media type the bytes carry, or null for anything Amizero does not keep. */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, PDF_HEADER)) return 'application/pdf';
  if (startsWith(bytes, JPEG_SOI)) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, PNG_IHDR, 12)) return 'image/png';
  return null;
}

/** The media type a file name claims by its ending, or null when the ending says nothing we know. */
export function mediaTypeOfName(name: string): DocumentMediaType | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = name.slice(dot + 1).toLowerCase();
  return DOCUMENT_MEDIA_TYPES.find((t) => DOCUMENT_EXTENSIONS[t].includes(ext)) ?? null;
}

export type ContentCheck = { ok: true; mediaType: DocumentMediaType } | { ok: false; reason: 'not_allowed' | 'mismatch' };

/**
 * The bytes decide. A name that claims another known type (a photo saved as .pdf) is
 * refused too: the person probably picked the wrong file. A name with an unknown or
 * no ending (scanner output such as "scan0001") is judged by content alone.
 */
export function checkContent(bytes: Uint8Array, name: string): ContentCheck {
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) return { ok: false, reason: 'not_allowed' };
  const claimed = mediaTypeOfName(name);
  if (claimed && claimed !== mediaType) return { ok: false, reason: 'mismatch' };
  return { ok: true, mediaType };
}
