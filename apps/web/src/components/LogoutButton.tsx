import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '../api/auth.ts';
import { startSession } from '../session/me.ts';

export function LogoutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      await logout();
    } catch {
      // Even if the server session is already gone, forget it here.
    }
    startSession(queryClient, null);
    setPending(false);
    await navigate({ to: '/login' });
  }

  return (
    <button type="button" className="button button-secondary" onClick={() => void onClick()} disabled={pending}>
      {t('layout.logout')}
    </button>
  );
}
