import type { TNotificationKind } from '@kansplek/api/contract';
import type { Query, QueryClient } from '@tanstack/react-query';

const META_KEY = 'refreshOnNotifications';

/**
 * Query `meta` for data that a live notification can make stale: `meta: refreshOnNotifications([...])`.
 * The notification feature then refreshes it when such a notification arrives, without knowing the feature.
 */
export function refreshOnNotifications(kinds: readonly TNotificationKind[]) {
  return { [META_KEY]: kinds };
}

function kindsOf(query: Query): readonly unknown[] | null {
  const kinds = query.meta?.[META_KEY];
  return Array.isArray(kinds) ? kinds : null;
}

/** Refreshes the queries that asked to follow this kind of notification (all of them when `kind` is null). */
export function refreshAfterNotification(queryClient: QueryClient, kind: TNotificationKind | null) {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const kinds = kindsOf(query);
      return kinds !== null && (kind === null || kinds.includes(kind));
    },
  });
}
