import pino from 'pino';

export type Logger = pino.Logger;

/** Fields that hold a person's data or a secret wherever they appear in a logged object. */
const PERSONAL_FIELDS = [
  'password',
  'passwordHash',
  'email',
  'name',
  'firstName',
  'lastName',
  'phone',
  'birthDate',
  'address',
  'q',
  'query',
  'cookie',
  'authorization',
];

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// MongoDB repeats the offending value in duplicate-key errors: `dup key: { email: "…" }`.
const DUP_KEY = /dup key: \{[^}]*\}/g;

/** A message without e-mail addresses or the values MongoDB quotes back in its errors. */
export function scrubText(text: string): string {
  return text.replace(DUP_KEY, 'dup key: { [redacted] }').replace(EMAIL, '[email]');
}

/**
 * JSON lines on stdout. Logs carry no personal data: the fields above are censored at any depth
 * (pino's redact, one level of nesting and the top), messages and errors are scrubbed of e-mail
 * addresses and quoted values, and request URLs lose their search text (http/scrub-url.ts).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kansplek-api' },
      redact: {
        paths: [...PERSONAL_FIELDS, ...PERSONAL_FIELDS.map((field) => `*.${field}`)],
        censor: '[redacted]',
      },
      serializers: {
        err: (err: Error) => {
          const serialized = pino.stdSerializers.err(err);
          return {
            ...serialized,
            message: scrubText(serialized.message ?? ''),
            stack: scrubText(serialized.stack ?? ''),
          };
        },
      },
      hooks: {
        logMethod(args, method) {
          // The message is the first string argument (after an optional object).
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
