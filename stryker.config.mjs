/**
 * `npm run mutation`: StrykerJS mutation testing of core/ with the jest runner, the core tests only.
 * Not part of npm test: on two shared cores the whole of core/ takes hours, so run one folder or file
 * at a time:
 *   MUTATE=core/functions npm run mutation
 *   MUTATE=core/insights/health.ts npm run mutation
 *   MUTATE=core/index.ts,core/runner.ts npm run mutation
 *   MUTATION_SAMPLE=0.1 MUTATE=core/templates npm run mutation   (a random tenth of the mutants, scored with its 95% interval)
 * Static mutants (module-level constants, which every test would have to re-run) are left out, and
 * the work-counting scale suites (linear, capacity-read: seconds each, their values are pinned by the
 * smaller tests) are not run against mutants.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// MUTATION_SAMPLE=0.1: judge a random tenth of the mutants (test/support/mutation-sample.js); checked here,
// so that a bad value stops the run before it starts.
const sample = createRequire(import.meta.url)('./test/support/mutation-sample.js').sampleSettings();

const target = process.env.MUTATE ?? 'core';
const slug = target.replace(/[^\w.-]+/g, '_');
// Which test files reached which mutants in the initial run (mutation-environment.js writes it,
// mutation-sequencer.js reads it); the worker processes inherit this variable.
const testFiles = fileURLToPath(new URL(`./.stryker-tmp/${slug}.test-files.jsonl`, import.meta.url));
mkdirSync(fileURLToPath(new URL('./.stryker-tmp', import.meta.url)), { recursive: true });
rmSync(testFiles, { force: true });
process.env.MUTATION_TEST_FILES = testFiles;
const mutate = [
  ...target.split(',').map((t) => (/\.ts(:\d+-\d+)?$/.test(t) ? t : `${t}/**/*.ts`)),
  '!**/*.test.ts',
  '!**/testing/**',
];

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      // The core's tests, and the template specs' own checks that live beside the LibreOffice suites.
      roots: ['<rootDir>/core', '<rootDir>/test/templates'],
      globalSetup: null,
      globalTeardown: null,
      reporters: ['default'],
      // Skip a mutant's remaining tests after its first failure; load only the files whose tests reached
      // the mutant, quickest first (see the two files).
      // Absolute: Stryker loads the environment itself, before jest would replace <rootDir>.
      testEnvironment: fileURLToPath(new URL('./test/support/mutation-environment.js', import.meta.url)),
      testSequencer: fileURLToPath(new URL('./test/support/mutation-sequencer.js', import.meta.url)),
      // lazy-load.test.ts imports modules inside a test (it checks they do no work at load): against
      // mutants it would stand alone for every module-level line and leave false survivors.
      // LibreOffice's suites (a minute each, and what they check of the formulas recalc.test.ts checks
      // with HyperFormula in seconds) and the .xlsx writer's are not core tests.
      testPathIgnorePatterns: [
        '/node_modules/', 'linear\\.test\\.ts$', 'capacity-read\\.test\\.ts$', 'lazy-load\\.test\\.ts$',
        'libreoffice[^/]*\\.test\\.ts$', 'test/templates/(print|xlsx-writer)\\.test\\.ts$',
      ],
    },
    enableFindRelatedTests: true,
  },
  mutate,
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  // The initial run is every core test with per-test coverage: over Stryker's 5 minutes when another run shares the cores.
  dryRunTimeoutMinutes: 20,
  // A sampled run writes its own JSON report, with the mutants outside the sample marked Ignored.
  reporters: ['clear-text', 'progress-append-only', sample ? 'mutation-sample' : 'json'],
  appendPlugins: [fileURLToPath(new URL('./test/support/mutation-sample-reporter.mjs', import.meta.url))],
  jsonReporter: { fileName: `reports/mutation/${sample ? `${slug}.sample-${sample.fraction}-${sample.seed}` : slug}.json` },
  ignorePatterns: ['dist', 'build', 'reports', 'coverage', 'docs/images', '.stryker-tmp'],
  // One sandbox folder per target, so runs of different folders can go side by side.
  tempDirName: `.stryker-tmp/${slug}`,
  cleanTempDir: 'always',
};
