// Shared jest settings: TypeScript through @swc/jest, and ESM-only packages transformed to CommonJS.
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(meilisearch|@faker-js|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)',
  ],
  testTimeout: 30000,
};
