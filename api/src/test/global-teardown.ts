import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__KANSPLEK_TEST_MAILPIT__?.stop();
  const state = globalThis.__KANSPLEK_TEST_MONGO__;
  await state?.server?.stop();
  if (state?.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
