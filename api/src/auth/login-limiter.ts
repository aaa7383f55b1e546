import rateLimit, { ipKeyGenerator } from 'express-rate-limit';
import { AppError } from '../http/app-error';

/**
 * Failed sign-ins per IP address and e-mail address in 15 minutes. The in-memory store suits one API
 * process; with several behind a load balancer, give it a shared store (rate-limit-mongo or Redis).
 */
export function createLoginLimiter(attempts: number) {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const email = typeof req.body?.email === 'string' ? req.body.email.toLowerCase() : '';
      return `${ipKeyGenerator(req.ip ?? '')}|${email}`;
    },
    handler: (_req, _res, next) =>
      next(new AppError(429, 'rate_limited', 'Too many failed sign-in attempts; try again in 15 minutes')),
  });
}
