import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare names go in `paths` (exact match); a pattern like 'events' would also match './events'.
const nodeBuiltinNames = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
  'events',
  'util',
];
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/host/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import boundaries from DESIGN.md: core and shared never touch Electron.
  {
    files: ['electron/core/**', 'electron/cli/**', 'migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'core runs in plain Node: only electron/main and electron/preload import electron' }] },
      ],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core runs in plain Node: only electron/main and electron/preload import electron' }],
          patterns: [
            { group: ['**/cli/**'], message: 'the CLI stands on core, never the other way round (the demo generator lives in core/demo)' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is used by every process; it must not import electron' },
            ...nodeBuiltinPaths('shared/ also runs in the renderer: no Node built-ins'),
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ also runs in the renderer: no Node built-ins' },
            { group: ['**/electron/**', 'better-sqlite3*', 'kysely'], message: 'shared/ holds contracts and data, not back-end code' },
          ],
        },
      ],
    },
  },
  // Core runs on its own thread (DESIGN.md "Threads"): main, which relays the window, reaches
  // it through the thread host and never builds a Core on its own thread.
  {
    files: ['electron/main/**'],
    ignores: ['electron/main/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/core$',
              message: 'main reaches core through electron/core/host/core-host (CoreHost): core runs in its own thread',
            },
          ],
        },
      ],
    },
  },
  // The renderer is a sandboxed web page: no Node, no database, no core.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'the renderer talks to core only through window.amizero' },
            ...nodeBuiltinPaths('the renderer is sandboxed: no Node built-ins'),
          ],
          patterns: [
            { group: ['node:*'], message: 'the renderer is sandboxed: no Node built-ins' },
            {
              group: ['better-sqlite3*', 'kysely', '**/electron/core/**', '**/electron/main/**', '**/migrations/**'],
              message: 'the renderer never sees SQL, keys or core code',
            },
          ],
        },
      ],
    },
  },
);
