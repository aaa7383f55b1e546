import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { i18n } from '@/i18n';

function SignedIn({ children }: { children: ReactNode }) {
  return useMe().data ? children : null;
}

/**
 * Renders a page at its own route pattern (so `useParams` works) for a signed-in user, with
 * translations and a fresh data cache; other addresses render nothing.
 */
export function renderSignedIn(element: ReactElement, { route, path }: { route: string; path: string }) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path: route, element: <SignedIn>{element}</SignedIn> },
      { path: '*', element: null },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, router, queryClient };
}
