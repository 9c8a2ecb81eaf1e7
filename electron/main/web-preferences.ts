/**
 * The renderer's webPreferences, kept free of electron imports so a unit test can pin
 * every flag. The page is untrusted as far as the OS is concerned: it reaches core only
 * through the preload's window.amizero.
 */
export function mainWebPreferences(opts: { preload: string; devTools: boolean }) {
  return {
    preload: opts.preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spell-checker would download dictionaries from Google.
    spellcheck: false,
    enableWebSQL: false,
    devTools: opts.devTools,
  } as const;
}
