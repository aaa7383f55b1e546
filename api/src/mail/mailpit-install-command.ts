import { findMailpit, installMailpit } from './mailpit-binary';

/** `npm run mail:install`: makes sure a Mailpit binary is there (CI calls this before the tests). */
const existing = findMailpit();
if (existing) {
  console.log(`Mailpit found: ${existing}`);
} else {
  const installed = installMailpit(console.log);
  if (!installed) {
    console.error('Mailpit could not be installed (is Go on PATH?); the mail tests need it.');
    process.exit(1);
  }
  console.log(`Mailpit installed: ${installed}`);
}
