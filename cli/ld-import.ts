/**
 * Entry of `npx ld-import` (started by cli/ld-import.js): runs the command and sets the exit status.
 * All logic is in ./ld-import-run, which tests import; this file only runs it.
 */
import { EXIT, main } from './ld-import-run';
import { terminalSafe } from './markdown';

main(process.argv.slice(2), (t) => process.stdout.write(t), (t) => process.stderr.write(t))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`ld-import: unexpected failure: ${terminalSafe(error instanceof Error ? error.message.split('\n')[0] : String(error))}\n`);
    process.exitCode = EXIT.unreadable;
  });
