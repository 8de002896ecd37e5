/**
 * The test order of `npm run mutation` only (stryker.config.mjs): files that failed last time first (they
 * killed the previous mutant, often a neighbour of this one), then the quickest first. Jest's own order
 * runs the slowest first, which suits parallel workers; with mutation-environment.js skipping everything
 * after the first failure, the quickest kill wins.
 */
const Sequencer = require('@jest/test-sequencer').default;

class QuickestFirst extends Sequencer {
  sort(tests) {
    for (const test of tests) test.duration = this.time(test);
    return tests.sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || (a.duration ?? Infinity) - (b.duration ?? Infinity),
    );
  }
}

module.exports = QuickestFirst;
