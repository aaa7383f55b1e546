import { loadConfig } from '../config';
import { withDatabase } from '../database/with-database';
import { createLogger } from '../logger';
import { UsageError, parseFlags, runCommand } from '../command-line';
import { CreateAdminError, createAdmin } from './create-admin';

const USAGE =
  'usage: npm run create-admin -- --email E --name N [--organisation "Service point"]\n' +
  '  (in the image: node api/dist/users/create-admin-command.js --email E --name N)\n' +
  'The password comes from ADMIN_PASSWORD, or is asked for when run in a terminal.';

/** Asks on the terminal; the password without echo, twice. */
async function ask(prompt: string, silent = false): Promise<string> {
  const { read } = await import('read');
  return read({ prompt, silent, replace: silent ? '*' : undefined });
}

async function passwordFromOperator(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError('No password: set ADMIN_PASSWORD, or run this in a terminal to be asked for one');
  }
  const password = await ask('Password (at least 12 characters): ', true);
  if ((await ask('Password again: ', true)) !== password) throw new UsageError('The passwords differ');
  return password;
}

/**
 * `npm run create-admin`: creates an administrator in the configured database, the first account of
 * a production installation (which has no demo accounts). Flags or prompts; see USAGE.
 */
async function main() {
  const flags = parseFlags(process.argv.slice(2), ['email', 'name', 'organisation']);
  const flag = (name: string) => flags[name]?.at(-1);
  const interactive = process.stdin.isTTY === true;
  const email = flag('email') ?? (interactive ? await ask('E-mail: ') : undefined);
  const name = flag('name') ?? (interactive ? await ask('Name: ') : undefined);
  if (!email || !name) throw new UsageError('--email and --name are required');
  const password = await passwordFromOperator();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  await withDatabase(config, async () => {
    try {
      const { userId } = await createAdmin(
        { email, name, password, organisation: flag('organisation') ?? 'Beheer' },
        log,
      );
      console.log(`Administrator created (id ${userId}); sign in at ${config.PUBLIC_URL}`);
    } catch (error) {
      if (!(error instanceof CreateAdminError)) throw error;
      console.error(`No administrator created: ${error.message}`);
      process.exitCode = 1;
    }
  });
}

runCommand(main, USAGE);
