import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Called when any request finds the session gone, so the app can send the user back to the login page. */
type SessionExpiredListener = () => void;
let onSessionExpired: SessionExpiredListener = () => {};

export function setSessionExpiredListener(listener: SessionExpiredListener): void {
  onSessionExpired = listener;
}

function detectExpiredSession(error: unknown): void {
  if (isApiError(error, 'unauthenticated')) onSessionExpired();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: detectExpiredSession }),
    mutationCache: new MutationCache({ onError: detectExpiredSession }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change by asking again; network trouble and 5xx might.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
