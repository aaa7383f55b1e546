import type { TNotificationKind } from '@kansplek/api/contract';

/** Query keys of the candidate portal; every answer about the candidate's own matches sits under one key. */
export const portalQueryKey = ['portal'] as const;

export const myMatchesQueryKey = [...portalQueryKey, 'matches'] as const;

/** The live notifications after which the candidate's matches may have changed. */
export const MATCH_NOTIFICATION_KINDS: TNotificationKind[] = [
  'introduction_requested',
  'match_stage_changed',
];
