const base = require('../jest.base.cjs');

module.exports = { ...base, displayName: 'search', rootDir: __dirname, roots: ['<rootDir>/src'] };
