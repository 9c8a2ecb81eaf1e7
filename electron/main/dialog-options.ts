import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { DIALOG_KINDS, dialogRequestSchema, type DialogRequest } from '../../shared/contract/dialogs';

export type DialogPlan = { show: 'open'; options: OpenDialogOptions } | { show: 'save'; options: SaveDialogOptions };

/**
 * What Electron is asked to show for a request: pure, so it is tested without Electron.
 * No "create folder" in the open dialogs' file mode, no multi-select, no hidden files:
 * one plain choice, the way a tired person expects it.
 */
export function planDialog(request: DialogRequest, defaultFolder: string): DialogPlan {
  const kind = DIALOG_KINDS[request.kind];
  const filters = 'extensions' in kind ? [{ name: kind.extensions.map((e) => `*.${e}`).join(', '), extensions: [...kind.extensions] }] : [];
  const title = request.title;
  switch (kind.mode) {
    case 'folder':
      return {
        show: 'open',
        options: { title, defaultPath: defaultFolder, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] },
      };
    case 'open':
      return { show: 'open', options: { title, defaultPath: defaultFolder, filters, properties: ['openFile', 'dontAddToRecent'] } };
    case 'save': {
      const name = 'suggestedName' in request ? request.suggestedName : undefined;
      // Offer only the type being saved (a photo is not saved under a PDF filter).
      const ext = name?.split('.').pop()?.toLowerCase();
      const own = filters.map((f) => ({ ...f, extensions: f.extensions.filter((e) => e === ext) })).filter((f) => f.extensions.length > 0);
      return {
        show: 'save',
        options: {
          title,
          defaultPath: name ? `${defaultFolder.replace(/[\\/]+$/, '')}/${name}` : defaultFolder,
          filters: own.length > 0 ? own.map((f) => ({ ...f, name: `*.${f.extensions[0]}` })) : filters,
          properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
        },
      };
    }
  }
}

/** Electron's two result shapes, reduced to the chosen path (null: nothing chosen). */
export function chosenPath(result: { canceled: boolean; filePaths?: string[]; filePath?: string }): string | null {
  const path = result.filePath ?? result.filePaths?.[0];
  return result.canceled || !path ? null : path;
}

/** Anything the page sends is parsed here first; a malformed request opens no dialog. */
export function parseDialogRequest(raw: unknown): DialogRequest | null {
  const r = dialogRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}
