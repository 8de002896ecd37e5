/**
 * The jest environment of `npm run mutation` only (stryker.config.mjs): a mutant is killed by its first
 * failing test, so once one fails the rest of that mutant's tests are skipped. Stryker's jest runner
 * cannot bail (jest offers no programmatic bail), and without this every killed mutant paid for every
 * test that covers it.
 *
 * Stryker runs jest in band, one mutant at a time per worker process, naming the active mutant in
 * __STRYKER_ACTIVE_MUTANT__ (unset in the initial run, which must run every test to measure coverage).
 * A mutant is never run twice in the same process: after a timeout Stryker replaces the process.
 */
const { TestEnvironment } = require('jest-environment-node');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
let killed; // the mutant this process has seen a test fail for

class BailOnFirstFailure extends TestEnvironment {
  async handleTestEvent(event) {
    const active = process.env[ACTIVE_MUTANT];
    if (active === undefined) return;
    // A test that ends with errors (its own, or a failed beforeAll's that jest attaches to it) kills
    // the mutant. Not at hook_failure itself: skipping the tests that carry a beforeAll error would
    // report them skipped, not failed, and the mutant would look survived.
    if (event.name === 'test_fn_failure' || (event.name === 'test_done' && event.test.errors.length > 0)) killed = active;
    else if (event.name === 'test_start' && killed === active) event.test.mode = 'skip';
  }
}

module.exports = BailOnFirstFailure;
