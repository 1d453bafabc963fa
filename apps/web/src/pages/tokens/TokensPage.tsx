import type { CreateTokenResponse } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokensQuery } from '../../api/tokens.ts';
import { Alert } from '../../components/Alert.tsx';
import { CopyableSecret } from '../../components/CopyableSecret.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { TokenRow } from './TokenRow.tsx';

export function TokensPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const tokens = useQuery({ ...tokensQuery(id ?? ''), enabled: id !== null });
  const [created, setCreated] = useState<CreateTokenResponse | null>(null);
  const heading = <PageHeading title={t('tokens.title')}>{t('tokens.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{t('tokens.intro')}</p>
      {created ? (
        <CopyableSecret
          id="new-token-secret"
          label={t('tokens.secretLabel', { name: created.apiToken.name })}
          value={created.token}
          warning={t('tokens.secretWarning')}
        />
      ) : null}
      <h2>{t('tokens.listHeading')}</h2>
      {tokens.isPending ? <Loading /> : null}
      {tokens.isError ? <ErrorAlert error={tokens.error} /> : null}
      {tokens.isSuccess && tokens.data.items.length === 0 ? <p>{t('tokens.none')}</p> : null}
      {tokens.isSuccess && tokens.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('tokens.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('tokens.scope')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">{t('tokens.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((token) => (
                <TokenRow key={token.id} token={token} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {current.membership ? (
        <CreateTokenForm organisationId={id} onCreated={setCreated} />
      ) : (
        <Alert variant="info" heading={t('tokens.membersOnly')} />
      )}
    </>
  );
}
