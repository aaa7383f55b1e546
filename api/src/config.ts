import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseWeights } from '@kansplek/search';
import { z } from 'zod';

/** The repository root: api/src/config.ts → two levels up. */
export const ROOT_DIR = path.resolve(__dirname, '..', '..');

const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().min(1).default(path.join(ROOT_DIR, '.data')),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, 'must be a mongodb:// or mongodb+srv:// connection string')
      .optional(),
    MEILI_URL: z.url().optional(),
    // Several API processes share socket.io events, sign-in limits and cache invalidation through it.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
      .optional(),
    MEILI_MASTER_KEY: z.string().min(1).optional(),
    // The API's own key; without it, one scoped to the API's indexes is made from MEILI_MASTER_KEY.
    MEILI_API_KEY: z.string().min(1).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(720).default(8),
    TRUST_PROXY: ZFlag.default(false),
    // Off in production unless asked for: the demo creates accounts whose password the README prints.
    DEMO_DATA: ZFlag.optional(),
    GEOCODER: z.enum(['offline', 'pdok']).default('offline'),
    // off: the embedded database (FerretDB) runs the plain MongoDB queries, without its indexes and
    // per-id reads (api/src/database/embedded-indexes.ts, find-by-id.ts); CI runs the API tests so too. See README, Configuration.
    EMBEDDED_DB_ACCELERATION: z
      .enum(['on', 'off'])
      .default('on')
      .transform((v) => v === 'on'),
    // FerretDB's backend when MONGODB_URI is unset: PostgreSQL (the system's), or SQLite.
    EMBEDDED_DB_BACKEND: z.enum(['postgresql', 'sqlite']).default('postgresql'),
    // The embedded engine's search thread (a second copy of the indexes); see README, Configuration.
    SEARCH_THREAD: ZFlag.default(true),
    // Points per matching factor as JSON, e.g. {"skills":35,"waiting":15}; unnamed factors keep their default.
    MATCH_WEIGHTS: z
      .string()
      .optional()
      .transform((json, ctx) => {
        try {
          return parseWeights(json);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `is not valid: ${(error as Error).message}` });
          return z.NEVER;
        }
      }),
    // Outgoing mail; unset runs the embedded Mailpit, which catches every mail (see README, E-mail).
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587')
      .optional(),
    MAIL_FROM: z
      .string()
      .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+(>)?$/, 'must be an address, e.g. Kansplek <noreply@example.nl>')
      .default('Kansplek <noreply@kansplek.localhost>'),
    // The algorithm-register entry (GET /api/algorithm-register): where the public can ask about the
    // matching, and where its source code is published; without them the entry says what is missing.
    ALGORITHM_CONTACT: z.string().trim().max(300).optional(),
    SOURCE_CODE_URL: z.url().optional(),
    // How long the decision log keeps each list of proposals or recommendations shown (issue 21).
    DECISION_LOG_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
    // V8's heap limit for the API, read by its start script (api/package.json) and the bench; here it is
    // validated and compared with the limit in force (see main.ts). README, Configuration.
    API_MAX_OLD_SPACE_MB: z.coerce.number().int().min(256).max(65536).default(1536),
    // On SIGTERM, how long readiness fails before the server stops accepting (5 in production, else 0).
    SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(120).optional(),
    LOGIN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).max(1000).default(10),
    // Failed sign-ins from one IP address across all e-mail addresses (an office behind one address).
    LOGIN_ATTEMPTS_PER_IP_PER_15_MIN: z.coerce.number().int().min(1).max(10000).default(50),
    CLIENT_DIST: z
      .string()
      .min(1)
      .default(path.join(ROOT_DIR, 'client', 'dist')),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      // No public defaults in production: the image has no embedded database, links must name the
      // public address, a generated session secret would differ between replicas, and the embedded
      // Mailpit would catch every mail and deliver none.
      for (const name of ['SESSION_SECRET', 'MONGODB_URI', 'PUBLIC_URL', 'SMTP_URL'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required in production' });
      }
    }
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY && !env.MEILI_API_KEY && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_MASTER_KEY'],
        message: 'is required with MEILI_URL in production (or MEILI_API_KEY)',
      });
    }
  });

export type TConfig = z.infer<typeof ZEnv> & {
  SESSION_SECRET: string;
  PUBLIC_URL: string;
  DEMO_DATA: boolean;
  SHUTDOWN_DELAY_SECONDS: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once at start-up; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  // Empty strings count as unset, as in most .env tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const config = parsed.data;
  return {
    ...config,
    SESSION_SECRET: config.SESSION_SECRET ?? developmentSessionSecret(config.DATA_DIR),
    DEMO_DATA: config.DEMO_DATA ?? config.NODE_ENV !== 'production',
    SHUTDOWN_DELAY_SECONDS: config.SHUTDOWN_DELAY_SECONDS ?? (config.NODE_ENV === 'production' ? 5 : 0),
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
  };
}

/** Outside production a secret is generated once and kept under DATA_DIR, so sessions survive restarts. */
function developmentSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
