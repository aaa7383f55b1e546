import { ConfigError } from './config';
import { DataDirInUseError } from './database/local-mongo';

// Command-line helpers shared by every command (seed, bench, reindex, create-admin).

/** What went wrong on the command line, worded for the person who typed it. */
export class UsageError extends Error {}

type FlagValues = Record<string, string[]>;

/** `--name value` and `--name=value` pairs; a flag may repeat. Unknown flags are refused. */
export function parseFlags(argv: string[], known: readonly string[]): FlagValues {
  const values: FlagValues = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}"`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (!known.includes(name)) throw new UsageError(`Unknown option --${name}`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    (values[name] ??= []).push(value);
  }
  return values;
}

/** A whole number from a flag, with `_` or `,` allowed as thousands separators (100_000). */
export function wholeNumber(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

/** Runs a command's `main`: a usage error prints the usage and exits 2, any other error exits 1. */
export function runCommand(main: () => Promise<void>, usage: string): void {
  main().catch((error) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      process.exit(2);
    }
    // The operator's own mistakes get a sentence, not a stack trace.
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  });
}
