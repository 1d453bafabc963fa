import type { ApiToken } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { revokeToken, tokensQuery } from '../../api/tokens.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';

function status(token: ApiToken, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

export function TokenRow({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeToken(token.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery(token.organisationId).queryKey }),
  });
  const state = status(token, Date.now());

  return (
    <tr>
      <td>{token.name}</td>
      <td>{t(`tokens.scopes.${token.scope}`)}</td>
      <td>
        <code>{token.tokenPrefix}…</code>
      </td>
      <td>{format.dateTime(token.createdAt)}</td>
      <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}</td>
      <td>{token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')}</td>
      <td>
        {state === 'revoked' ? (
          <span className="badge badge-error">
            {t('tokens.revoked')} {format.dateTime(token.revokedAt)}
          </span>
        ) : state === 'expired' ? (
          <span className="badge badge-warning">{t('tokens.expired')}</span>
        ) : (
          <span className="badge badge-success">{t('tokens.active')}</span>
        )}
      </td>
      <td>
        {state === 'active' ? (
          <ConfirmAction
            label={t('tokens.revoke')}
            accessibleLabel={t('tokens.revokeNamed', { name: token.name })}
            question={t('tokens.revokeQuestion', { name: token.name })}
            confirmLabel={t('tokens.revokeConfirm')}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate()}
          />
        ) : null}
        {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
      </td>
    </tr>
  );
}
