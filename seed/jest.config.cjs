const base = require('../jest.base.cjs');

module.exports = { ...base, displayName: 'seed', rootDir: __dirname, roots: ['<rootDir>/src'] };
