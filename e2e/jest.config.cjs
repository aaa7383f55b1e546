const base = require('../jest.base.cjs');

/** Browser tests: the real platform (API + built client) in a child process, driven by headless Chromium. */
module.exports = {
  ...base,
  displayName: 'e2e',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testEnvironment: 'node',
  testTimeout: 60_000,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
