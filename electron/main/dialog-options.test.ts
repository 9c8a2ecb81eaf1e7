import { describe, expect, it } from 'vitest';
import { chosenPath, parseDialogRequest, planDialog } from './dialog-options';

describe('main-process dialogs', () => {
  it('asks for a folder, a backup file, a key file or a place to save', () => {
    const folder = planDialog({ kind: 'backupFolder', title: 'Where to keep backups' }, '/home/x/Documents');
    expect(folder).toMatchObject({
      show: 'open',
      options: { title: 'Where to keep backups', properties: expect.arrayContaining(['openDirectory']) },
    });
    expect(folder.options.properties).not.toContain('multiSelections');

    const file = planDialog({ kind: 'backupFile' }, '/d');
    expect(file).toMatchObject({
      show: 'open',
      options: { filters: [{ extensions: ['age'] }], properties: expect.arrayContaining(['openFile']) },
    });
    expect(file.options.properties).not.toContain('openDirectory');

    expect(planDialog({ kind: 'identityFile' }, '/d')).toMatchObject({
      show: 'open',
      options: { properties: expect.arrayContaining(['openFile']) },
    });

    const save = planDialog({ kind: 'documentExport', suggestedName: 'plan.pdf' }, '/d/');
    expect(save).toMatchObject({ show: 'save', options: { defaultPath: '/d/plan.pdf', filters: [{ extensions: ['pdf'] }] } });
    const photo = planDialog({ kind: 'documentExport', suggestedName: 'arrival.JPG' }, '/d');
    expect(photo).toMatchObject({ options: { defaultPath: '/d/arrival.JPG', filters: [{ name: '*.jpg', extensions: ['jpg'] }] } });
  });

  it('reduces both of Electron answers to a path or a cancellation', () => {
    expect(chosenPath({ canceled: false, filePaths: ['/media/usb'] })).toBe('/media/usb');
    expect(chosenPath({ canceled: false, filePath: '/d/plan.pdf' })).toBe('/d/plan.pdf');
    expect(chosenPath({ canceled: true, filePaths: ['/ignored'] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenPath({ canceled: false, filePath: '' })).toBeNull();
  });

  it('opens nothing for a malformed request', () => {
    expect(parseDialogRequest({ kind: 'backupFolder' })).toEqual({ kind: 'backupFolder' });
    for (const bad of [{ kind: 'backupFolder', defaultPath: '/etc' }, { kind: 'shell' }, 'backupFolder', undefined]) {
      expect(parseDialogRequest(bad)).toBeNull();
    }
  });
});
