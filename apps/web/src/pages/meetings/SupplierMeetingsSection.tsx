import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { MeetingHistoryList } from './MeetingHistoryList.tsx';

type Props = { organisationId: string; supplierId: string; supplierName: string; canWrite: boolean };

/** The supplier page's "Møder": the history of meetings with the supplier and their decisions, and a new meeting. */
export function SupplierMeetingsSection({ organisationId, supplierId, supplierName, canWrite }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="supplier-meetings" className="mt-7">
      <h2 id="supplier-meetings">{t('meetings.supplierHeading')}</h2>
      <p>
        <Link to="/leverandoerstyring/moeder/leverandoer/$supplierId" params={{ supplierId }}>
          {t('meetings.historyLink', { name: supplierName })}
        </Link>
      </p>
      <MeetingHistoryList organisationId={organisationId} supplierId={supplierId} supplierName={supplierName} />
      {canWrite ? <CreateMeetingForm organisationId={organisationId} supplierId={supplierId} /> : null}
    </section>
  );
}
