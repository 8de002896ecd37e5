/**
 * Entry of `npx ld-report` (started by cli/ld-report.js): runs the command and sets the exit status.
 * All logic is in ./report, which tests import; this file only runs it.
 */
import { runCommand } from './exit';
import { main } from './report';

void runCommand('ld-report', main);
