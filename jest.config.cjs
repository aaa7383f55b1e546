// `npm test` runs every workspace's tests in one jest run (one summary); each workspace also runs alone.
module.exports = {
  projects: ['<rootDir>/seed', '<rootDir>/search', '<rootDir>/api', '<rootDir>/client'],
};
