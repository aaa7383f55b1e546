import { Secret, TOTP } from 'otpauth';

/** RFC 6238 defaults, which every authenticator app understands: SHA-1, 6 digits, 30 s. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Kansplek';
/** Codes of the step before and after count too: a phone's clock is often a few seconds off. */
const WINDOW = 1;

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A new random secret of 160 bits (RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/Kansplek:<email>?secret=…` URI that apps read from a QR code. */
export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The time step a moment falls in (the counter of RFC 6238). */
export function totpStep(at = Date.now()): number {
  return Math.floor(at / 1000 / TOTP_PERIOD_SECONDS);
}

/** The time step whose code this is (within one step of now), or null when it matches none. */
export function matchingStep(secret: string, code: string, at = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: at, window: WINDOW });
  return delta === null ? null : totpStep(at) + delta;
}

/** The code of one time step; what an authenticator app shows then. */
export function totpCode(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}
