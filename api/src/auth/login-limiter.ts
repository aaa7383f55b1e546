import type { RequestHandler } from 'express';
import rateLimit, { ipKeyGenerator, type Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { REDIS_PREFIX, redisLink } from '../cluster/redis';
import type { TConfig } from '../config';
import { AppError } from '../http/app-error';

const WINDOW_MS = 15 * 60_000;

/** Counts in Redis when there is one, so N API processes allow what one does; else in this process. */
function sharedStore(name: string): Store | undefined {
  const redis = redisLink()?.commands;
  if (!redis) return undefined;
  return new RedisStore({
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
    prefix: `${REDIS_PREFIX}${name}:`,
  });
}

function failedSignInLimiter(
  name: string,
  attempts: number,
  key: (ip: string, email: string) => string,
): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: sharedStore(name),
    // Redis unreachable: sign-in goes on without the shared count rather than failing for everyone.
    passOnStoreError: true,
    keyGenerator: (req) => {
      const email = typeof req.body?.email === 'string' ? req.body.email.toLowerCase() : '';
      return key(ipKeyGenerator(req.ip ?? ''), email);
    },
    handler: (_req, _res, next) =>
      next(new AppError(429, 'rate_limited', 'Too many failed sign-in attempts; try again in 15 minutes')),
  });
}

/**
 * Failed sign-ins in 15 minutes, counted per IP address and e-mail address (guessing one account's
 * password) and per IP address across e-mail addresses (trying one password on many accounts).
 */
export function createLoginLimiter(
  config: Pick<TConfig, 'LOGIN_ATTEMPTS_PER_15_MIN' | 'LOGIN_ATTEMPTS_PER_IP_PER_15_MIN'>,
): RequestHandler {
  const perIp = failedSignInLimiter('login-ip', config.LOGIN_ATTEMPTS_PER_IP_PER_15_MIN, (ip) => ip);
  const perAccount = failedSignInLimiter(
    'login-ip-email',
    config.LOGIN_ATTEMPTS_PER_15_MIN,
    (ip, email) => `${ip}|${email}`,
  );
  return (req, res, next) =>
    perIp(req, res, (err?: unknown) => (err ? next(err) : perAccount(req, res, next)));
}
