const base = require('../../jest.base.cjs');

/**
 * Several API processes on one embedded database with a real Redis (`npm run test:cluster`). Each
 * test file starts its own cluster (support/cluster.ts); files run one after another.
 */
module.exports = {
  ...base,
  displayName: 'cluster',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['<rootDir>/**/*.cluster.ts'],
  testTimeout: 120_000,
};
