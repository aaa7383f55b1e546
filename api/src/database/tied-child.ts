import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/*
 * A POSIX shell between this process and a server it starts, so the server dies with this process even
 * when it is killed with SIGKILL (Linux offers prctl's "death signal" only to native code). The shell's
 * stdin is a pipe from this process: when this process ends, for whatever reason, the pipe closes,
 * and a watcher in the shell stops the server with $1, then SIGKILL 10 s later. Signals sent to the
 * shell (stopChild) are passed on to the server, and the shell exits with the server's status.
 */
const SUPERVISOR = `
sig=$1; shift
exec 3<&0
"$@" </dev/null 3<&- &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM
trap 'kill -INT "$server" 2>/dev/null' INT
{
  while read -r _ <&3; do :; done
  kill -s "$sig" "$server" 2>/dev/null
  n=0; while kill -0 "$server" 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
  kill -0 "$server" 2>/dev/null && kill -KILL "$server"
} &
watcher=$!
exec 3<&-
status=0
while kill -0 "$server" 2>/dev/null; do wait "$server"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
`;

/** A mark in the supervisor's command line, so a later start can tell its own stale server (pid file). */
export const TIED_CHILD_MARK = 'kansplek-tied-child';

/**
 * Spawns `command` under the supervisor above; `stopSignal` is what the server gets when this process
 * is gone (PostgreSQL: SIGINT, its fast shutdown). The returned child is the supervisor: signal it as
 * the server itself; it ends when the server ends.
 */
export function spawnTiedToParent(
  command: string,
  args: string[],
  options: Omit<SpawnOptions, 'stdio'> & { stopSignal?: NodeJS.Signals } = {},
): ChildProcess {
  const { stopSignal = 'SIGTERM', ...spawnOptions } = options;
  return spawn(
    '/bin/sh',
    ['-c', SUPERVISOR, TIED_CHILD_MARK, stopSignal.replace(/^SIG/, ''), command, ...args],
    {
      ...spawnOptions,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}
