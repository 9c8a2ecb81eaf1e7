#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher: require is how it loads */
// The `amizero` command: runs the compiled CLI when a build made one, otherwise the
// TypeScript sources through tsx (a development checkout).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', '..', 'out', 'cli', 'index.js');
if (existsSync(compiled)) {
  require(compiled);
} else {
  try {
    require('tsx/cjs/api').register();
  } catch {
    process.stderr.write('amizero: this copy has neither a built CLI (out/cli) nor tsx to run it from source; run npm install\n');
    process.exit(1);
  }
  require('./index.ts');
}
