import type { Me } from '@overblik/api';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { applyLanguage } from '../i18n/i18n.ts';
import { startSession } from './me.ts';

/** After login or setup: remember the session, use the person's saved language, go on. */
export function useSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (me: Me, redirect?: string) => {
    startSession(queryClient, me);
    await applyLanguage(me.user.locale);
    const target = redirect?.startsWith('/') && !redirect.startsWith('//') && !redirect.startsWith('/login') ? redirect : '/';
    await navigate({ to: target });
  };
}
