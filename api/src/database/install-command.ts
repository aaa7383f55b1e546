import { findFerretdb, installFerretdb } from './ferretdb-binary';

/** `npm run db:install`: makes sure a FerretDB binary is there (CI calls this before the tests). */
const existing = findFerretdb();
if (existing) {
  console.log(`FerretDB found: ${existing}`);
} else {
  const installed = installFerretdb(console.log);
  if (!installed) {
    console.error(
      'FerretDB could not be installed (is Go on PATH?); tests will fall back to mongodb-memory-server.',
    );
    process.exit(1);
  }
  console.log(`FerretDB installed: ${installed}`);
}
