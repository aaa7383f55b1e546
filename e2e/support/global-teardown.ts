import { stopPlatform, type RunningPlatform } from './platform';

export default async function globalTeardown(): Promise<void> {
  const platform = (globalThis as { __kansplekPlatform?: RunningPlatform }).__kansplekPlatform;
  if (platform) await stopPlatform(platform);
}
