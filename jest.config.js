/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/core', '<rootDir>/ui', '<rootDir>/excel-addin', '<rootDir>/sheets-addon', '<rootDir>/test', '<rootDir>/cli'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  // Tests that drive LibreOffice or Chromium take seconds, not milliseconds.
  testTimeout: 120000,
  // A skipped or focused test is a failure in CI (see scripts/check-no-skips.js).
  reporters: ['default', '<rootDir>/test/support/no-skip-reporter.js'],
};
