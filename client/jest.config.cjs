const base = require('../jest.base.cjs');

module.exports = {
  ...base,
  displayName: 'client',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/src/testing/jsdom-polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  // The first pattern that matches wins: stylesheets first, also when imported through the @/ alias.
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/testing/style-stub.cjs',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};
