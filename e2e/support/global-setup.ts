import { startPlatform } from './platform';

export default async function globalSetup(): Promise<void> {
  const platform = await startPlatform();
  // The test files read the address from the environment; teardown finds the process here.
  process.env.E2E_BASE_URL = platform.url;
  process.env.E2E_MAILPIT_URL = platform.mailpitUrl;
  (globalThis as { __kansplekPlatform?: unknown }).__kansplekPlatform = platform;
}
