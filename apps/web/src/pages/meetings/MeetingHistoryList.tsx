import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meetingHistoryQuery } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMeetingStatusLabel } from './useMeetingLabels.ts';

type Props = { organisationId: string; supplierId: string; supplierName: string };

/** A supplier's meetings with their decisions, newest first: the history both parties keep. */
export function MeetingHistoryList({ organisationId, supplierId, supplierName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLabel = useMeetingStatusLabel();
  const history = useQuery(meetingHistoryQuery(organisationId, supplierId));
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.items.length === 0) return <p>{t('meetings.supplierNone', { name: supplierName })}</p>;
  return (
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
  );
}
