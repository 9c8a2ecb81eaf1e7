import { describe, expect, it } from 'vitest';
import { base64ToBytes, exportFileName, formatBytes, readFileAsBase64 } from './document-files';

describe('document files in the window', () => {
  it('offers a save name that file systems accept and that ends in the real type', () => {
    expect(exportFileName('Passport scan.pdf', 'application/pdf')).toBe('Passport scan.pdf');
    expect(exportFileName('photo.JPG', 'image/jpeg')).toBe('photo.JPG');
    expect(exportFileName('scan0001', 'image/png')).toBe('scan0001.png');
    expect(exportFileName('a:b/c?.pdf', 'application/pdf')).toBe('a_b_c_.pdf');
    expect(exportFileName('report.docx', 'application/pdf')).toBe('report.pdf');
    expect(exportFileName('x'.repeat(300) + '.pdf', 'application/pdf')).toHaveLength(154);
    expect(exportFileName('   ', 'image/png')).toBe('document.png');
  });

  it('writes sizes the way people read them', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20 MB');
  });

  it('reads a picked file to base64 and back without changing a byte', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    const b64 = await readFileAsBase64(new Blob([bytes]));
    expect(Buffer.from(b64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
    expect(await readFileAsBase64(new Blob([]))).toBe('');
  });
});
