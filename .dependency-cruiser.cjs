/**
 * The folders of api/src depend on each other one way only (docs/conventions.md, "Dependencies
 * between folders"). Checked on production code: tests, *.test-support.ts, *-fixtures.ts and
 * api/src/test/ (which build data through every folder) are left out. `npm run lint` runs this.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment:
        'Two folders of api/src depend on each other, directly or through others. Put the shared part in ' +
        'the lower folder (or contract/), give the lower folder what it needs as a parameter, or let the ' +
        'higher folder react to a domain event (api/src/events/).',
      scope: 'folder',
      from: { path: '^api/src/' },
      to: { circular: true },
    },
  ],
  options: {
    exclude: { path: ['\\.test\\.tsx?$', '\\.test-support\\.ts$', '-fixtures\\.ts$', '^api/src/test/'] },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a folder that names another's types depends on it.
    tsPreCompilationDeps: true,
  },
};
