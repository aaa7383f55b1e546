import type { TMatchStage, TNotificationKind } from '@kansplek/api/contract';
import { refreshOnNotifications } from '@/lib/live-queries';

/** Query keys of the pipeline; everything about matches after a proposal sits under one root. */
export const pipelineQueryKey = ['pipeline'] as const;

export const stageMatchesKey = (stage: TMatchStage, placeId?: string) =>
  [...pipelineQueryKey, 'stage', stage, placeId ?? 'all'] as const;

export const matchQueryKey = (id: string) => [...pipelineQueryKey, 'match', id] as const;

/**
 * The notifications about a match (the API links them to `/matches/<id>`, or to the candidate's own
 * list for an introduction request): when one arrives, the board and an open match page refetch.
 */
const MATCH_NOTIFICATION_KINDS: readonly TNotificationKind[] = [
  'candidate_put_forward',
  'introduction_requested',
  'consent_given',
  'consent_declined',
  'match_stage_changed',
  'interview_planned',
  'interview_rescheduled',
  'interest_expressed',
  'trial_ending',
  'checkin_overdue',
  'aftercare_due',
];

export const liveMatchMeta = refreshOnNotifications(MATCH_NOTIFICATION_KINDS);
