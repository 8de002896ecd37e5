/**
 * The jest environment of `npm run mutation` only (stryker.config.mjs). Three jobs:
 *
 * - Bail: a mutant is killed by its first failing test, so once one fails the rest of that mutant's
 *   tests are skipped. Stryker's jest runner cannot bail (jest offers no programmatic bail), and without
 *   this every killed mutant paid for every test that covers it.
 * - Sample (MUTATION_SAMPLE only, see mutation-sample.js): a mutant outside the sample fails at once.
 * - Record, in the initial run, which test files reached which mutants (a line of JSON per file in the
 *   file MUTATION_TEST_FILES names), so mutation-sequencer.js can leave out the related test files
 *   none of whose tests reached the mutant. Stryker filters tests by name only, so each of those files
 *   was still loaded for every mutant: about 20 files, some 20 s, for each insights mutant.
 *
 * Stryker runs jest in band, one mutant at a time per worker process, naming the active mutant in
 * __STRYKER_ACTIVE_MUTANT__ (unset in the initial run, which runs every test to measure coverage).
 * A mutant is never run twice in the same process: after a timeout Stryker replaces the process.
 */
const { appendFileSync } = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');
const { inSample, sampleSettings } = require('./mutation-sample');

const SAMPLE = sampleSettings();

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
let killed; // the mutant this process has seen a test fail for

class MutationEnvironment extends TestEnvironment {
  #relativePath;
  #reached = new Set();

  constructor(config, context) {
    // A mutant outside the sample (MUTATION_SAMPLE, see mutation-sample.js) fails before its test file
    // loads: Stryker records a RuntimeError, which no score counts.
    const active = process.env[ACTIVE_MUTANT];
    if (active !== undefined && !inSample(active, SAMPLE)) throw new Error(`mutant ${active} is not in the sample`);
    super(config, context);
    this.#relativePath = path.relative(config.projectConfig.rootDir, context.testPath);
  }

  async handleTestEvent(event) {
    const active = process.env[ACTIVE_MUTANT];
    if (active === undefined) {
      // Stryker's wrapper around this class clears the current test's id after this handler returns,
      // so at test_done it still names the test whose per-test coverage is complete.
      if (event.name === 'test_done') {
        const context = this.global.__stryker__;
        const hits = context?.currentTestId === undefined ? undefined : context.mutantCoverage?.perTest[context.currentTestId];
        for (const id of Object.keys(hits ?? {})) this.#reached.add(id);
      }
      return;
    }
    // A test that ends with errors (its own, or a failed beforeAll's that jest attaches to it) kills
    // the mutant. Not at hook_failure itself: skipping the tests that carry a beforeAll error would
    // report them skipped, not failed, and the mutant would look survived.
    if (event.name === 'test_fn_failure' || (event.name === 'test_done' && event.test.errors.length > 0)) killed = active;
    else if (event.name === 'test_start' && killed === active) event.test.mode = 'skip';
  }

  async teardown() {
    const file = process.env.MUTATION_TEST_FILES;
    if (file !== undefined && process.env[ACTIVE_MUTANT] === undefined) {
      appendFileSync(file, `${JSON.stringify({ file: this.#relativePath, mutants: [...this.#reached] })}\n`);
    }
    await super.teardown();
  }
}

module.exports = MutationEnvironment;
