/**
 * Entry of `npx ld-report` (started by cli/ld-report.js): runs the command and sets the exit status.
 * All logic is in ./report, which tests import; this file only runs it.
 */
import { terminalSafe } from './markdown';
import { EXIT, main } from './report';

main(process.argv.slice(2), (t) => process.stdout.write(t), (t) => process.stderr.write(t))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`ld-report: unexpected failure: ${terminalSafe(error instanceof Error ? error.message.split('\n')[0] : String(error))}\n`);
    process.exitCode = EXIT.unreadable;
  });
