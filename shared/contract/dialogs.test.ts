import { describe, expect, it } from 'vitest';
import { DIALOG_KIND_NAMES, dialogRequestSchema, dialogResponseSchema, pathParts } from './dialogs';

describe('dialog contract', () => {
  it('accepts one request per kind and nothing that carries a path', () => {
    for (const kind of DIALOG_KIND_NAMES) {
      const request = kind === 'documentExport' || kind === 'reportExport' ? { kind, suggestedName: 'plan.pdf' } : { kind };
      expect(dialogRequestSchema.safeParse(request).success, kind).toBe(true);
    }
    for (const bad of [
      { kind: 'anyFile' },
      { kind: 'backupFolder', defaultPath: '/etc' },
      { kind: 'backupFile', path: '/etc/passwd' },
      { kind: 'documentExport' },
      {},
      null,
      'backupFolder',
    ]) {
      expect(dialogRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('takes a suggested name only as a plain file name', () => {
    const name = (suggestedName: string) => dialogRequestSchema.safeParse({ kind: 'documentExport', suggestedName }).success;
    expect(name('Rehabilitation plan 2026-11.pdf')).toBe(true);
    for (const bad of ['../plan.pdf', 'a/b.pdf', 'C:\\x.pdf', 'a\u0000.pdf', '..', '', 'x'.repeat(161)]) expect(name(bad), bad).toBe(false);
  });

  it('answers with a token (and the parts to show) or a cancellation, never a path and never both', () => {
    const token = 'a'.repeat(43);
    expect(dialogResponseSchema.safeParse({ token, name: 'usb', folder: '/media/' }).success).toBe(true);
    expect(dialogResponseSchema.safeParse({ cancelled: true }).success).toBe(true);
    expect(dialogResponseSchema.safeParse({ path: '/media/usb' }).success).toBe(false);
    expect(dialogResponseSchema.safeParse({ token, name: 'usb', folder: '/media/', path: '/media/usb' }).success).toBe(false);
    expect(dialogResponseSchema.safeParse({ token, name: 'usb', folder: '/media/', cancelled: true }).success).toBe(false);
    expect(dialogResponseSchema.safeParse({ token: '/media/usb', name: 'usb', folder: '/media/' }).success).toBe(false);
    expect(dialogResponseSchema.safeParse({ cancelled: false }).success).toBe(false);
  });

  it('splits a chosen path into the name shown large and the folder shown small', () => {
    expect(pathParts('/media/usb/amizero-KGL.age')).toEqual({ name: 'amizero-KGL.age', folder: '/media/usb/' });
    expect(pathParts('E:\\Backups\\')).toEqual({ name: 'Backups', folder: 'E:\\' });
    expect(pathParts('/')).toEqual({ name: '/', folder: '' });
    expect(pathParts('file.age')).toEqual({ name: 'file.age', folder: '' });
  });
});
