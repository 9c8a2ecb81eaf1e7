import { DOCUMENT_EXTENSIONS, type DocumentMediaType } from '../../../../../shared/enums/documents';

/**
 * The file the person picked, as base64 for the channel. Read in memory only: a
 * resident's scan is never written anywhere on its way into the encrypted database.
 */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function bytesToBase64(bytes: Uint8Array): string {
  // Chromium 140+ encodes natively; the loop is for older engines (and Node in tests).
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** "850 KB", "12.4 MB": sizes the way a person reads them, in their language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: value < 10 ? 1 : 0,
    }).format(value);
  } catch {
    return `${Math.round(value)} ${unit}`;
  }
}

/**
 * The name offered in the save dialog: the original name without characters no file
 * system takes, ending in the type the content really has.
 */
export function exportFileName(originalName: string, mediaType: DocumentMediaType): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  let name = originalName.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_').trim();
  const extensions = DOCUMENT_EXTENSIONS[mediaType];
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!extensions.includes(ext)) name = `${dot > 0 ? name.slice(0, dot) : name || 'document'}.${extensions[0]}`;
  if (name.length > 160) name = `${name.slice(0, 150)}.${extensions[0]}`;
  return name === '.' || name === '..' ? `document.${extensions[0]}` : name;
}
