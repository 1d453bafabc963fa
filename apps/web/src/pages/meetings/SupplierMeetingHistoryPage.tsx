import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meetingsExportUrl } from '../../api/meetings.ts';
import { supplierQuery } from '../../api/suppliers.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { MeetingHistoryList } from './MeetingHistoryList.tsx';

const route = getRouteApi('/_authenticated/leverandoerstyring/moeder/leverandoer/$supplierId');

/** One page with the history of a supplier's meetings and their decisions, newest first. */
export function SupplierMeetingHistoryPage() {
  const { t } = useTranslation();
  const { supplierId } = route.useParams();
  const id = useCurrentOrganisation().organisationId;
  const supplier = useQuery({ ...supplierQuery(id ?? '', supplierId), enabled: id !== null });
  const back = <BackLink to="/leverandoerstyring/moeder">{t('meetings.backToList')}</BackLink>;
  if (id === null || !supplier.isSuccess)
    return (
      <>
        {back}
        <PageHeading title={t('meetings.historyTitle')}>{t('meetings.historyTitle')}</PageHeading>
        {id === null ? <NoOrganisation /> : supplier.isError ? <ErrorAlert error={supplier.error} /> : <Loading />}
      </>
    );
  const name = supplier.data.name;
  const title = t('meetings.historyTitleNamed', { name });
  return (
    <>
      {back}
      <PageHeading title={title}>{title}</PageHeading>
      <p className="font-lead">
        {t('meetings.historyIntro')}{' '}
        <Link to="/leverandoerer/$supplierId" params={{ supplierId }}>
          {t('meetings.toSupplier', { name })}
        </Link>
      </p>
      <ExportLinks
        id="supplier-meetings-export-label"
        label={t('meetings.exportLabel')}
        links={[
          { href: meetingsExportUrl(id, { format: 'xlsx', supplierId }), label: t('meetings.exportXlsx') },
          { href: meetingsExportUrl(id, { format: 'csv', supplierId }), label: t('meetings.exportCsv') },
        ]}
      />
      <MeetingHistoryList organisationId={id} supplierId={supplierId} supplierName={name} />
    </>
  );
}
