import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/i18n';
import { meQueryKey } from '@/features/auth/api/get-me';
import { setSessionExpiredListener } from '@/lib/query-client';

/** Everything a page needs around it: data cache and translations. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => {
    // When the session ends elsewhere (expiry, logout in another tab), the next failing request
    // empties the cache; RequireAuth then sends the user to the login page and back afterwards.
    setSessionExpiredListener(() => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    });
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
