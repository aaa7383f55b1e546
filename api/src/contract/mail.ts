import { z } from 'zod';
import type { TRole } from './common';
import type { TNotificationKind } from './notifications';

/**
 * What a user can choose per topic: a mail at once, the topic in the daily digest, or no mail.
 * Invitations are not a choice: they are how an account starts.
 */
export const MAIL_DELIVERIES = ['immediate', 'daily', 'off'] as const;
export const ZMailDelivery = z.enum(MAIL_DELIVERIES);
export type TMailDelivery = z.infer<typeof ZMailDelivery>;

/** The topics a user chooses a delivery for; each notification kind belongs to one. */
export const MAIL_TOPICS = [
  'introductions',
  'interviews',
  'match_updates',
  'reminders',
  'efforts',
  'contracts',
  'account',
] as const;
export const ZMailTopic = z.enum(MAIL_TOPICS);
export type TMailTopic = z.infer<typeof ZMailTopic>;

export const MAIL_TOPIC_OF_NOTIFICATION: Record<TNotificationKind, TMailTopic> = {
  account_activated: 'account',
  system: 'account',
  candidate_put_forward: 'introductions',
  introduction_requested: 'introductions',
  consent_given: 'introductions',
  consent_declined: 'introductions',
  interest_expressed: 'introductions',
  match_stage_changed: 'match_updates',
  interview_planned: 'interviews',
  interview_rescheduled: 'interviews',
  trial_ending: 'reminders',
  checkin_overdue: 'reminders',
  aftercare_due: 'reminders',
  effort_submitted: 'efforts',
  effort_accepted: 'efforts',
  effort_rejected: 'efforts',
  contract_behind_pace: 'contracts',
  contract_fulfilled: 'contracts',
};

/**
 * Per role the topics its users receive notifications about, with the delivery they start with:
 * what asks for an answer comes at once, what only informs comes in the digest.
 */
export const DEFAULT_MAIL_PREFERENCES: Record<TRole, Partial<Record<TMailTopic, TMailDelivery>>> = {
  admin: { account: 'immediate' },
  consultant: {
    introductions: 'immediate',
    interviews: 'immediate',
    match_updates: 'daily',
    reminders: 'immediate',
    efforts: 'daily',
    contracts: 'daily',
    account: 'immediate',
  },
  contractor: {
    introductions: 'immediate',
    interviews: 'immediate',
    match_updates: 'daily',
    reminders: 'immediate',
    efforts: 'immediate',
    contracts: 'daily',
    account: 'immediate',
  },
  candidate: {
    introductions: 'immediate',
    interviews: 'immediate',
    match_updates: 'immediate',
    account: 'immediate',
  },
  municipality: { contracts: 'daily', account: 'immediate' },
};

/** The topics a role chooses deliveries for, in the order the account page shows them. */
export function mailTopicsFor(role: TRole): TMailTopic[] {
  return MAIL_TOPICS.filter((topic) => DEFAULT_MAIL_PREFERENCES[role][topic] !== undefined);
}

/** The delivery in force: the user's own choice, else the role's default; a topic outside the role's is off. */
export function mailDeliveryFor(
  role: TRole,
  topic: TMailTopic,
  chosen: Partial<Record<TMailTopic, TMailDelivery | null>> | null | undefined,
): TMailDelivery {
  const fallback = DEFAULT_MAIL_PREFERENCES[role][topic];
  if (!fallback) return 'off';
  return chosen?.[topic] ?? fallback;
}

export const ZMailPreferenceEntry = z.object({
  topic: ZMailTopic,
  delivery: ZMailDelivery,
  /** What the role starts with, so the page can say which choice is the default. */
  defaultDelivery: ZMailDelivery,
});

export const ZMailPreferences = z
  .object({
    /** The topics of the user's role, in display order. */
    topics: z.array(ZMailPreferenceEntry),
    /** The local time the daily digest is sent (Europe/Amsterdam). */
    digestTime: z.string().regex(/^\d{2}:\d{2}$/),
  })
  .meta({ id: 'MailPreferences' });
export type TMailPreferences = z.infer<typeof ZMailPreferences>;

/** Sets the named topics; topics left out keep their delivery. */
export const ZUpdateMailPreferences = z.strictObject({
  topics: z.partialRecord(ZMailTopic, ZMailDelivery).refine((t) => Object.keys(t).length > 0, {
    message: 'Name at least one topic',
  }),
});
export type TUpdateMailPreferences = z.infer<typeof ZUpdateMailPreferences>;
