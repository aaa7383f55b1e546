import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';

export const NOTIFICATION_KINDS = [
  'account_activated',
  'system',
  /** A consultant put a candidate forward for a contractor's place. */
  'candidate_put_forward',
  /** A candidate is asked to consent to an introduction. */
  'introduction_requested',
  /** A candidate consented to (or declined) an introduction. */
  'consent_given',
  'consent_declined',
  /** A match moved to another stage. */
  'match_stage_changed',
  /** An interview was planned (the match moved to interview), or moved to another date, time or place. */
  'interview_planned',
  'interview_rescheduled',
  /** A candidate said they are interested in a place. */
  'interest_expressed',
  /** Reminders. */
  'trial_ending',
  'checkin_overdue',
  'aftercare_due',
  /** Other social effort: a contractor submitted one; a consultant accepted or rejected it. */
  'effort_submitted',
  'effort_accepted',
  'effort_rejected',
  /** A contract is behind pace with three months or less to go, or its obligation is met. */
  'contract_behind_pace',
  'contract_fulfilled',
] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z
  .object({
    id: ZObjectId,
    kind: ZNotificationKind,
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = ZPageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZUnreadCount = z.object({ unread: z.number().int().min(0) });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;
