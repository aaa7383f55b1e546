import { rmSync } from 'node:fs';
import type { LocalMongo } from '../../api/src/database/local-mongo';
import type { LocalMailpit } from '../../api/src/mail/local-mailpit';

export default async function globalTeardown(): Promise<void> {
  const shared = (
    globalThis as { __productionMongo?: { mongo: LocalMongo; dataDir: string; mailpit: LocalMailpit } }
  ).__productionMongo;
  await shared?.mailpit.stop();
  await shared?.mongo.stop();
  if (shared) rmSync(shared.dataDir, { recursive: true, force: true });
  const dir = process.env.PRODUCTION_APP_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
