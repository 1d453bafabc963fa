import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { costProjectsQuery } from '../../api/costs.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMay } from '../../session/rights.ts';
import { JointOnly } from './JointOnly.tsx';

/**
 * "Fællesprojekter": the joint organisation's projects whose costs it shares among its member municipalities,
 * each with its pricing model, repayment period and number of members.
 */
export function CostProjectsPage() {
  const { t } = useTranslation();
  const heading = <PageHeading title={t('costs.projects.title')}>{t('costs.projects.title')}</PageHeading>;
  return (
    <JointOnly heading={heading}>
      {(id) => (
        <>
          {heading}
          <ProjectList organisationId={id} />
        </>
      )}
    </JointOnly>
  );
}

function ProjectList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const list = useQuery(costProjectsQuery(organisationId));
  const canWrite = may('write', organisationId);
  return (
    <>
      <p className="font-lead">{t('costs.projects.intro')}</p>
      <p>
        <Link to="/indbyggertal">{t('costs.projects.toPopulations')}</Link>
      </p>
      {canWrite ? (
        <div className="button-row mb-5">
          <Link to="/faellesprojekter/nyt" className="button button-primary">
            {t('costs.projects.create')}
          </Link>
        </div>
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        list.data.items.length === 0 ? (
          <p role="status">{canWrite ? t('costs.projects.emptyWriter') : t('costs.projects.empty')}</p>
        ) : (
          <TableScroll>
            <table className="table table--compact">
              <caption className="sr-only">{t('costs.projects.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.columns.project')}</th>
                  <th scope="col">{t('costs.columns.model')}</th>
                  <th scope="col">{t('costs.columns.period')}</th>
                  <th scope="col" className="align-text-right">
                    {t('costs.columns.members')}
                  </th>
                  <th scope="col">{t('costs.columns.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to="/faellesprojekter/$projectId" params={{ projectId: p.id }}>
                        {p.name}
                      </Link>
                    </th>
                    <td>{t(`costs.modelKinds.${p.modelKind}`)}</td>
                    <td className="nowrap">
                      {t('costs.periodRange', { start: format.day(p.period.start), end: format.day(p.period.end) })}
                    </td>
                    <td className="align-text-right">{format.number(p.memberCount)}</td>
                    <td>{format.dateTime(p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
    </>
  );
}
