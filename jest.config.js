/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/core', '<rootDir>/ui', '<rootDir>/excel-addin', '<rootDir>/sheets-addon', '<rootDir>/test', '<rootDir>/cli'],
  testMatch: ['**/*.test.ts'],
  // Transpile only (fast): isolatedModules is set in tsconfig.jest.json, as ts-jest 29.2+ asks.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  // A run of the whole suite fails when it changed the working tree or left files in the temporary directory.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  // Tests that drive LibreOffice or Chromium take seconds, not milliseconds.
  testTimeout: 120000,
  // A skipped or focused test is a failure in CI (see scripts/check-no-skips.js).
  reporters: ['default', '<rootDir>/test/support/no-skip-reporter.js'],
};
