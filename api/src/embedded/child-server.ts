import type { ChildProcess } from 'node:child_process';

// A free port and stopping a server: api/src/database/processes.ts.

/** Keeps the last few kB of a child's output, for the error message if it fails to start. */
export function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return () => output;
}
