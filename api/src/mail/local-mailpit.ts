import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { spawnTiedToParent } from '../database/tied-child';
import { freePort, stopChild } from '../database/processes';
import { collectOutput } from '../embedded/child-server';
import { findMailpit, installMailpit } from './mailpit-binary';

export interface LocalMailpit {
  /** Where the app sends mail: `smtp://127.0.0.1:<port>`. */
  smtpUrl: string;
  /** Mailpit's web UI and its API (`/api/v1/…`). */
  webUrl: string;
  /**
   * Whether the web UI has its scripts: a `go install` build from the module proxy has none (they are
   * built with npm at release), so there only the API and the views of single mails work.
   */
  hasWebUi: boolean;
  stop(): Promise<void>;
}

type Log = (message: string) => void;

const READY_TIMEOUT_MS = 30_000;

function smtpAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function webAnswers(webUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${webUrl}/readyz`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

async function waitUntilReady(child: ChildProcess, smtpPort: number, webUrl: string, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Mailpit exited (code ${child.exitCode}): ${output().slice(-800)}`);
    if ((await webAnswers(webUrl)) && (await smtpAnswers(smtpPort))) return;
    if (Date.now() > deadline) throw new Error(`Mailpit did not answer in ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The embedded mail server used when SMTP_URL is unset: Mailpit (found on PATH or installed with Go)
 * on two free ports, catching every mail the app sends and showing it in its web UI. `database` keeps
 * the caught mail across restarts; without it Mailpit keeps it in a temporary file.
 */
export async function startLocalMailpit(options: {
  log: Log;
  database?: string;
  maxMessages?: number;
  extraArgs?: string[];
}): Promise<LocalMailpit> {
  const binary = findMailpit() ?? installMailpit(options.log);
  if (!binary) {
    throw new Error(
      'Mailpit is not available (no mailpit binary and no Go to install it); install Go, or set SMTP_URL',
    );
  }
  const [smtpPort, webPort] = [await freePort(), await freePort()];
  const webUrl = `http://127.0.0.1:${webPort}`;
  const args = [
    `--smtp=127.0.0.1:${smtpPort}`,
    `--listen=127.0.0.1:${webPort}`,
    `--max=${options.maxMessages ?? 500}`,
    '--disable-version-check',
    '--smtp-disable-rdns',
    '--quiet',
    ...(options.database ? [`--database=${options.database}`] : []),
    ...(options.extraArgs ?? []),
  ];
  // Tied to this process: a killed API takes its Mailpit along (it holds the ports and DATA_DIR's mail).
  const child = spawnTiedToParent(binary, args);
  const output = collectOutput(child);
  const stop = () => stopChild(child);
  try {
    await waitUntilReady(child, smtpPort, webUrl, output);
  } catch (error) {
    await stop();
    throw error;
  }
  const hasWebUi = await fetch(`${webUrl}/dist/app.js`, { method: 'HEAD' })
    .then((response) => response.ok)
    .catch(() => false);
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, webUrl, hasWebUi, stop };
}
