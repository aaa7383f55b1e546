import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { i18n } from '@/i18n';

interface RenderPageOptions {
  /** The address the page opens at. */
  path?: string;
  /** The page's route pattern (`/matches/:id`), so `useParams` works; other addresses render nothing. */
  route?: string;
}

/** Renders one element as a page of the app: translations, a fresh data cache and a router. */
export function renderPage(element: ReactElement, { path = '/', route = '*' }: RenderPageOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const routes =
    route === '*'
      ? [{ path: '*', element }]
      : [
          { path: route, element },
          { path: '*', element: null },
        ];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, router, queryClient };
}

/** Shows its children once the signed-in user (`/api/me`) is known, as the app's own guard does. */
export function SignedIn({ children }: { children: ReactNode }) {
  return useMe().data ? children : null;
}

/** `renderPage` for a signed-in user. */
export function renderSignedIn(element: ReactElement, options: RenderPageOptions = {}) {
  return renderPage(<SignedIn>{element}</SignedIn>, options);
}
