// `npm test` runs every workspace's tests in one jest run (one summary); each workspace also runs alone.
module.exports = {
  projects: ['<rootDir>/seed', '<rootDir>/search', '<rootDir>/api', '<rootDir>/client'],
  // A global option: in a multi-project run jest ignores the projects' own testTimeout. API tests go
  // through a real database; on a busy machine a test's set-up can take longer than jest's 5 s.
  testTimeout: 30000,
};
