#!/usr/bin/env node
// Launcher for `npx ld-import`: registers tsx's CommonJS loader so the TypeScript sources run as they
// are (no build step), then runs cli/ld-import.ts. Any failure is one line on stderr, exit status 2.
'use strict';
try {
  require('tsx/cjs');
  require('./ld-import.ts');
} catch (error) {
  process.stderr.write(`ld-import: cannot start: ${error && error.message ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
