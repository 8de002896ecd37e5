/**
 * `npm run mutation`: StrykerJS mutation testing of core/ with the jest runner, the core tests only.
 * Not part of npm test: on two shared cores the whole of core/ takes hours, so run one folder or file
 * at a time:
 *   MUTATE=core/functions npm run mutation
 *   MUTATE=core/insights/health.ts npm run mutation
 *   MUTATE=core/index.ts,core/runner.ts npm run mutation
 * Static mutants (module-level constants, which every test would have to re-run) are left out, and
 * the work-counting linearity suite (tens of seconds, measures no values) is not run against mutants.
 */
const target = process.env.MUTATE ?? 'core';
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
      roots: ['<rootDir>/core'],
      globalSetup: null,
      globalTeardown: null,
      reporters: ['default'],
      testPathIgnorePatterns: ['/node_modules/', 'linear\\.test\\.ts$'],
    },
    enableFindRelatedTests: true,
  },
  mutate,
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${target.replace(/[^\w.-]+/g, '_')}.json` },
  ignorePatterns: ['dist', 'build', 'reports', 'coverage', 'docs/images', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
