import type { Me } from '@overblik/api';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api, isUnauthenticated, setCsrfToken } from '../api/client.ts';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isUnauthenticated(error)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });

/** Stores a fresh `Me` (from login, setup or a profile change) as the current session. */
export function rememberMe(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meKey, me);
}

/**
 * A new session (or none): forget every cached answer of the previous one, but keep the `me` query itself
 * so that components observing it (the header) see the change.
 */
export function startSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  rememberMe(queryClient, me);
}

/** The signed-in person, or null. Loaded by the root route before anything renders. */
export function useMe(): Me | null {
  return useQuery(meQuery).data ?? null;
}

/** For pages under the authenticated layout, which only render when someone is signed in. */
export function useRequiredMe(): Me {
  const me = useMe();
  if (!me) throw new Error('useRequiredMe outside the authenticated layout');
  return me;
}
