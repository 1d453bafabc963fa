import './theme.scss';
import './fonts.css';
import './styles.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { isUnauthenticated } from './api/client.ts';
import { i18n, startInStoredLanguage } from './i18n/i18n.ts';
import { createAppRouter } from './router.tsx';
import { startSession } from './session/me.ts';

/** A 401 `unauthenticated` anywhere means the session ended: forget it and go to the login page. */
function onApiError(error: unknown) {
  if (!isUnauthenticated(error)) return;
  startSession(queryClient, null);
  const here = router.state.location;
  if (here.pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: here.href } });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      retry: (count, error) => count < 2 && !(error instanceof Error && error.name === 'ApiError'),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

/** After an in-app navigation, move focus to the new page's heading so screen readers start there. */
router.subscribe('onResolved', (event) => {
  if (!event.fromLocation || !event.pathChanged) return;
  requestAnimationFrame(() => document.getElementById('page-heading')?.focus());
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
// English, if this browser chose it, is fetched first; should that fail, the app starts in Danish.
void startInStoredLanguage()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </I18nextProvider>
      </StrictMode>,
    ),
  );
