// Fails the run when any test was skipped, marked todo or left pending: CI must run every test.
class NoSkipReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (skipped > 0) {
      // eslint-disable-next-line no-console
      console.error(`\n${skipped} test(s) were skipped or todo; every test must run.`);
      results.success = false;
      process.exitCode = 1;
    }
  }
}
module.exports = NoSkipReporter;
