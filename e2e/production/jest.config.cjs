const base = require('../../jest.base.cjs');

/**
 * The built output as the image installs it (`npm ci --omit=dev` in a temporary folder, then dist/
 * and the client's build copied in), started as separate processes: production start, create-admin,
 * shutdown on SIGTERM, recovery after SIGKILL. Needs `npm run build` first (`npm run test:production`).
 */
module.exports = {
  ...base,
  displayName: 'production',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  testTimeout: 180_000,
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
};
