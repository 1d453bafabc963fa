import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { doublePurchasesQuery } from '../../api/contracts.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { DoublePurchaseTable } from './DoublePurchaseTable.tsx';

/**
 * "Mulige dobbeltkøb": every pair of the organisation's contracts that are in force at the same time and may pay
 * for the same thing, the strongest signal first. Anyone who may read the contracts may read the report.
 */
export function DoublePurchasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const report = useQuery({ ...doublePurchasesQuery(id ?? ''), enabled: id !== null });
  const count = report.data?.items.length ?? 0;
  return (
    <>
      <BackLink to="/kontrakter">{t('contracts.backToList')}</BackLink>
      <PageHeading title={t('reports.doublePurchases.title')}>{t('reports.doublePurchases.title')}</PageHeading>
      <p className="font-lead">{t('reports.doublePurchases.intro')}</p>
      <p>{t('reports.doublePurchases.notReported')}</p>
      {id === null ? <NoOrganisation /> : null}
      {id !== null && report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {report.isSuccess && count === 0 ? (
        <Alert variant="success" heading={t('reports.doublePurchases.none')}>
          {t('reports.doublePurchases.noneText')}
        </Alert>
      ) : null}
      {id !== null && report.isSuccess && count > 0 ? (
        <>
          <p role="status" className="form-hint">
            {t('reports.doublePurchases.count', { count, n: format.number(count) })}
          </p>
          <DoublePurchaseTable organisationId={id} items={report.data.items} />
        </>
      ) : null}
    </>
  );
}
