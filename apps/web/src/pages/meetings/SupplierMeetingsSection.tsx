import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meetingHistoryQuery } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { useMeetingStatusLabel } from './useMeetingLabels.ts';

type Props = { organisationId: string; supplierId: string; supplierName: string; canWrite: boolean };

/** The supplier page's "Møder": the history of meetings with the supplier and their decisions, newest first. */
export function SupplierMeetingsSection({ organisationId, supplierId, supplierName, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLabel = useMeetingStatusLabel();
  const history = useQuery(meetingHistoryQuery(organisationId, supplierId));
  return (
    <section aria-labelledby="supplier-meetings" className="mt-7">
      <h2 id="supplier-meetings">{t('meetings.supplierHeading')}</h2>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <ErrorAlert error={history.error} /> : null}
      {history.isSuccess ? (
        history.data.items.length === 0 ? (
          <p>{t('meetings.supplierNone', { name: supplierName })}</p>
        ) : (
          <ol className="meeting-history">
            {history.data.items.map((m) => (
              <li key={m.id}>
                <Link to="/leverandoerstyring/moeder/$meetingId" params={{ meetingId: m.id }}>
                  {m.title}
                </Link>{' '}
                ({format.day(m.heldOn)}, {statusLabel(m.status)})
                {m.decisions.length > 0 ? (
                  <ul>
                    {m.decisions.map((d) => (
                      <li key={d.id}>{d.text}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
      {canWrite ? <CreateMeetingForm organisationId={organisationId} supplierId={supplierId} /> : null}
    </section>
  );
}
