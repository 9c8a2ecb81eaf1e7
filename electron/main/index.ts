// Placeholder entry: replaced by the Electron shell (window, protocol, IPC binding).
import { app } from 'electron';
app.quit();
