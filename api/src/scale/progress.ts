export interface ProgressState {
  label: string;
  done: number;
  total: number;
  /** Milliseconds since the work started. */
  elapsedMs: number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** `2.5s` under a minute, `3m05s` above. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (ms < 60_000) return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** One line: `candidates [#########-----------] 45,000/100,000  45%  6,123/s  ETA 9.0s`. */
export function formatProgress({ label, done, total, elapsedMs }: ProgressState, width = 24): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 && done < total ? `  ETA ${formatDuration(((total - done) / rate) * 1000)}` : '';
  return (
    `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count(done)}/${count(total)}` +
    `  ${String(Math.floor(fraction * 100)).padStart(3)}%  ${count(rate)}/s${eta}`
  );
}

export interface Progress {
  update(done: number): void;
  /** Prints the final line (with the total time) and ends it. */
  finish(done?: number): void;
}

/**
 * A progress bar on one terminal line (redrawn with \r); when the output is not a terminal (CI, a
 * log file) it prints a plain line at most every 10 % instead.
 */
export function startProgress(
  label: string,
  total: number,
  out: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean } = process.stdout,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let lastDone = 0;
  let lastTenth = -1;
  const line = (done: number) => formatProgress({ label, done, total, elapsedMs: now() - started });
  return {
    update(done) {
      lastDone = done;
      if (out.isTTY) {
        out.write(`\r${line(done)}\x1b[K`);
        return;
      }
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth;
        out.write(`${line(done)}\n`);
      }
    },
    finish(done = lastDone) {
      const text = `${line(done)}  done in ${formatDuration(now() - started)}`;
      out.write(out.isTTY ? `\r${text}\x1b[K\n` : `${text}\n`);
    },
  };
}
