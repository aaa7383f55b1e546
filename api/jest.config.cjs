const base = require('../jest.base.cjs');

module.exports = {
  ...base,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
};
