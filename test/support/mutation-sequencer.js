/**
 * The test files and their order for `npm run mutation` only (stryker.config.mjs).
 *
 * Which files: of the files jest finds related to the mutated file, only those whose tests reached the
 * active mutant in Stryker's initial run (recorded by mutation-environment.js in MUTATION_TEST_FILES).
 * Stryker already runs only those tests, by name, but jest loads every related file to look for them.
 * A mutant the record does not name (or no record at all) runs every related file, as before; a mutant
 * outside a sample (MUTATION_SAMPLE, mutation-sample.js) gets one file, to fail at once.
 *
 * What order: files that failed last time first (they killed the previous mutant, often a neighbour
 * of this one), then the quickest first. Jest's own order runs the slowest first, which suits parallel
 * workers; with mutation-environment.js skipping everything after the first failure, the quickest kill
 * wins.
 */
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const { inSample, sampleSettings } = require('./mutation-sample');

const SAMPLE = sampleSettings();

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
let filesByMutant; // mutant id → relative paths of the test files that reached it; read once, after the initial run

function readRecord() {
  const map = new Map();
  const file = process.env.MUTATION_TEST_FILES;
  if (file === undefined || !existsSync(file)) return map;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const { file: testFile, mutants } = JSON.parse(line);
    for (const id of mutants) {
      if (!map.has(id)) map.set(id, new Set());
      map.get(id).add(testFile);
    }
  }
  return map;
}

class ReachingFilesQuickestFirst extends Sequencer {
  sort(tests) {
    const active = process.env[ACTIVE_MUTANT];
    let chosen = tests;
    // A mutant outside the sample needs one file, which mutation-environment.js fails before it loads.
    if (active !== undefined && !inSample(active, SAMPLE)) return tests.slice(0, 1);
    if (active !== undefined) {
      filesByMutant ??= readRecord();
      const files = filesByMutant.get(active);
      if (files !== undefined) {
        const reaching = tests.filter((test) => files.has(path.relative(test.context.config.rootDir, test.path)));
        if (reaching.length > 0) chosen = reaching;
      }
    }
    for (const test of chosen) test.duration = this.time(test);
    return chosen.sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || (a.duration ?? Infinity) - (b.duration ?? Infinity),
    );
  }
}

module.exports = ReachingFilesQuickestFirst;
