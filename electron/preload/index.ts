import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preloads can require only 'electron': everything else is bundled into index.cjs.
contextBridge.exposeInMainWorld('amizero', createBridge(ipcRenderer));
