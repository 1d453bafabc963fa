import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodiesQuery, createBody, createDrejebogBodies } from '../../api/governance.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { meetingsLabel } from './meetingsLabel.ts';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

/** "Styringsorganer": the organisation's governance bodies, the Drejebog's defaults in one action, and a new body. */
export function GovernanceBodiesPage() {
  const { t } = useTranslation();
  const may = useMay();
  const id = useCurrentOrganisation().organisationId;
  const navigate = useNavigate();
  const bodies = useQuery({ ...bodiesQuery(id ?? ''), enabled: id !== null });
  const [name, setName] = useState('');
  const invalidate = useInvalidateGovernance(id ?? '');
  const drejebog = useMutation({ mutationFn: () => createDrejebogBodies(id ?? ''), onSuccess: invalidate });
  const create = useMutation({
    mutationFn: () => createBody(id ?? '', { name }),
    onSuccess: async (body) => {
      await invalidate();
      await navigate({ to: '/leverandoerstyring/styringsorganer/$bodyId', params: { bodyId: body.id } });
    },
  });

  const heading = <PageHeading title={t('governance.bodies.title')}>{t('governance.bodies.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  const canWrite = may('write', id);
  const canAdminister = may('admin', id);
  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <>
      {heading}
      <p>{t('governance.bodies.intro')}</p>
      {canAdminister ? (
        <div className="page-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={drejebog.isPending}
            onClick={() => drejebog.mutate()}
          >
            {t('governance.bodies.createDrejebog')}
          </button>
        </div>
      ) : null}
      {drejebog.isSuccess ? (
        <Alert variant="success" heading={t('governance.bodies.drejebogCreated', { count: drejebog.data.created })} />
      ) : null}
      <ErrorAlert error={drejebog.error} />
      {bodies.isPending ? <Loading /> : null}
      {bodies.isError ? <ErrorAlert error={bodies.error} /> : null}
      {bodies.isSuccess && bodies.data.items.length === 0 ? <p>{t('governance.bodies.none')}</p> : null}
      {bodies.isSuccess && bodies.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('governance.bodies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.fields.name')}</th>
                <th scope="col">{t('governance.fields.meetings')}</th>
                <th scope="col">{t('governance.fields.escalatesTo')}</th>
                <th scope="col">{t('governance.fields.members')}</th>
              </tr>
            </thead>
            <tbody>
              {bodies.data.items.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link to="/leverandoerstyring/styringsorganer/$bodyId" params={{ bodyId: b.id }}>
                      {b.name}
                    </Link>
                  </td>
                  <td>{meetingsLabel(t, b.meetingsMin, b.meetingsMax)}</td>
                  <td>
                    {[bodies.data.items.find((o) => o.id === b.escalatesToId)?.name, b.escalatesToText]
                      .filter(Boolean)
                      .join(', ') || '–'}
                  </td>
                  <td>{b.members.map((m) => m.name).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {canWrite ? (
        <section aria-labelledby="new-body-heading" className="mt-7">
          <h2 id="new-body-heading">{t('governance.bodies.newHeading')}</h2>
          <ErrorAlert error={create.error} />
          <form onSubmit={onCreate} noValidate>
            <TextField
              id="new-body-name"
              label={t('governance.fields.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={fieldError(create.error, '/name')}
              maxLength={200}
            />
            <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
              {t('governance.bodies.create')}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
