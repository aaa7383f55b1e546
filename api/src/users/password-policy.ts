import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import type { TFieldIssue } from '../contract';
import { AppError } from '../http/app-error';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score 3: "safely unguessable", about 10^10 guesses. */
const MIN_SCORE = 3;

/** Why a password is refused; the client shows a Dutch sentence per code. */
export type PasswordProblemCode =
  'too_small' | 'password_blank' | 'password_is_email' | 'password_common' | 'password_weak';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

/** Whose password it is: the estimate counts words from the account as easy to guess. */
export interface PasswordOwner {
  email: string;
  name?: string;
}

// Loading the dictionaries takes about a second, so only when a password is first checked.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
    // Its work grows with the length; what a longer password adds is not needed to judge it.
    maxLength: 64,
  });
  return factory;
}

// zxcvbn's warnings (untranslated, so they are its keys) that mean "a known common password".
const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon']);

const squeeze = (value: string) => value.toLowerCase().replace(/\s+/g, '');

function strength(password: string, owner: PasswordOwner): ZxcvbnResult {
  const [localPart = ''] = owner.email.split('@');
  const inputs = [owner.email, localPart, ...(owner.name ?? '').split(/\s+/), 'kansplek'].filter(Boolean);
  return estimator().check(password, inputs);
}

/**
 * The one password policy (activation, password change, the first admin's creation): at least 12
 * characters, not only whitespace, not the e-mail address, not a common or easily guessed password
 * (zxcvbn-ts with its common and Dutch dictionaries). Returns the problem, or null when it is fine.
 */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  if (password.trim().length === 0) {
    return { code: 'password_blank', message: 'The password cannot be only spaces' };
  }
  if (password.trim().length < MIN_PASSWORD_LENGTH) {
    return { code: 'too_small', message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  const email = squeeze(owner.email);
  const given = squeeze(password);
  if (given === email || given === email.split('@')[0] || given.includes(email)) {
    return { code: 'password_is_email', message: 'The password cannot be your e-mail address' };
  }
  const result = strength(password, owner);
  if (result.score >= MIN_SCORE) return null;
  const onCommonList = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common',
  );
  if (onCommonList || COMMON_WARNINGS.has(result.feedback.warning ?? '')) {
    return { code: 'password_common', message: 'This password is on a list of common passwords' };
  }
  return { code: 'password_weak', message: 'This password is too easy to guess' };
}

/** Throws 400 validation_failed naming the field (`body.password`) when the policy refuses the password. */
export function assertPasswordAllowed(password: string, owner: PasswordOwner, path = 'body.password'): void {
  const problem = passwordProblem(password, owner);
  if (!problem) return;
  throw new AppError(400, 'validation_failed', problem.message, {
    issues: [{ path, code: problem.code, message: problem.message } satisfies TFieldIssue],
  });
}
