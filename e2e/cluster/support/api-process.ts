import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { waitFor } from './wait-for';

const ROOT_DIR = path.resolve(__dirname, '..', '..', '..');
const READY_TIMEOUT_MS = 90_000;

/** One API process (`api/src/main.ts`, as `npm start` runs it) that can be killed and started again. */
export class ApiProcess {
  private child?: ChildProcess;
  /** The process's last lines of output, for the error message when something goes wrong. */
  readonly output: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and waits until /readyz answers 200. */
  async start(): Promise<void> {
    const heap = `--max-old-space-size=${this.env.API_MAX_OLD_SPACE_MB ?? 1536}`;
    const child = spawn(process.execPath, [heap, '--import', 'tsx', 'api/src/main.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const stopped = new Promise<never>((_resolve, reject) =>
      child.once('exit', (code) => reject(new Error(`API ${this.name} stopped (exit ${code})`))),
    );
    const ready = waitFor(
      `API ${this.name} ready`,
      async () => {
        const res = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        return res.status === 200 ? true : undefined;
      },
      READY_TIMEOUT_MS,
      200,
    );
    stopped.catch(() => undefined);
    await Promise.race([ready, stopped]).catch((error: Error) => {
      throw new Error(`${error.message}:\n${this.output.join('')}`);
    });
  }

  /** Sends the signal and waits until the process is gone (SIGKILL: nothing of it runs on). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  }
}
