#!/usr/bin/env node
// Launcher for `npx ld-report`: registers tsx's CommonJS loader so the TypeScript sources run as they
// are (no build step), then runs cli/ld-report.ts. Any failure is one line on stderr, exit status 2.
'use strict';
try {
  require('tsx/cjs');
  require('./ld-report.ts');
} catch (error) {
  process.stderr.write(`ld-report: cannot start: ${error && error.message ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
