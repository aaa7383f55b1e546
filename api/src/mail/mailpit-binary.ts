import os from 'node:os';
import path from 'node:path';
import { answers, findGoBinary, hasGo, installDir, run } from '../embedded/go-binary';

export const MAILPIT_MODULE = 'github.com/axllent/mailpit';
export const MAILPIT_VERSION = 'v1.33.1';

type Log = (message: string) => void;

/** A mailpit binary that starts (prints its version), from PATH or Go's bin folder. */
export function findMailpit(): string | undefined {
  return findGoBinary('mailpit', ['version', '--no-release-check']);
}

/** Installs Mailpit with `go install` into Go's bin folder; undefined without Go. */
export function installMailpit(log: Log): string | undefined {
  if (!hasGo()) return undefined;
  log(`Installing Mailpit ${MAILPIT_VERSION} with Go (first start only, takes a minute or two)…`);
  run('go', ['install', `${MAILPIT_MODULE}@${MAILPIT_VERSION}`], os.tmpdir());
  const target = path.join(installDir(), 'mailpit');
  return answers(target, ['version', '--no-release-check']) ? target : undefined;
}
