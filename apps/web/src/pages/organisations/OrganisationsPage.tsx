import type { Organisation } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationsQuery } from '../../api/organisations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useKindLabel } from '../../lib/useKindLabel.ts';
import { useRequiredMe } from '../../session/me.ts';
import { CreateOrganisationForm } from './CreateOrganisationForm.tsx';

type Kind = Organisation['kind'];
const KINDS: readonly Kind[] = ['kommune', 'fællesskab', 'anden'];

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const kindLabel = useKindLabel();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const deferredQ = useDeferredValue(q.trim());
  const list = useQuery({
    ...organisationsQuery({ ...(deferredQ ? { q: deferredQ } : {}), ...(kind ? { kind } : {}) }),
    enabled: me.user.isSystemAdmin,
  });
  const heading = <PageHeading title={t('organisations.title')}>{t('organisations.title')}</PageHeading>;
  if (!me.user.isSystemAdmin)
    return (
      <>
        {heading}
        <NoAccess />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{t('organisations.intro')}</p>
      <search className="filter-row" aria-label={t('organisations.searchLabel')}>
        <TextField
          id="organisation-search"
          label={t('organisations.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
        <SelectField
          id="organisation-kind-filter"
          label={t('organisations.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind | '')}
          options={[{ value: '', label: t('organisations.anyKind') }, ...KINDS.map((k) => ({ value: k, label: kindLabel(k) }))]}
        />
      </search>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {t('organisations.count', { count: list.data.items.length })}
          </p>
          <TableScroll>
            <table className="table table--compact">
              <caption className="sr-only">{t('organisations.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('organisations.kind')}</th>
                  <th scope="col">{t('organisations.cvr')}</th>
                  <th scope="col">{t('organisations.region')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to="/organisationer/$organisationId" params={{ organisationId: o.id }}>
                        {o.name}
                      </Link>
                    </td>
                    <td>{kindLabel(o.kind)}</td>
                    <td>{o.cvr ?? '–'}</td>
                    <td>{o.region ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
      <CreateOrganisationForm />
    </>
  );
}
