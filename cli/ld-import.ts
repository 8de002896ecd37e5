/**
 * Entry of `npx ld-import` (started by cli/ld-import.js): runs the command and sets the exit status.
 * All logic is in ./ld-import-run, which tests import; this file only runs it.
 */
import { runCommand } from './exit';
import { main } from './ld-import-run';

void runCommand('ld-import', main);
