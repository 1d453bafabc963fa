import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingQuery } from '../../api/meetings.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ApproveMinutes } from './ApproveMinutes.tsx';
import { DeleteMeeting } from './DeleteMeeting.tsx';
import { EditMeetingForm } from './EditMeetingForm.tsx';
import { MeetingActions } from './MeetingActions.tsx';
import { MeetingAgenda } from './MeetingAgenda.tsx';
import { MeetingDecisions } from './MeetingDecisions.tsx';
import { MeetingParticipants } from './MeetingParticipants.tsx';
import { useMeetingStatusLabel } from './useMeetingLabels.ts';

const route = getRouteApi('/_authenticated/leverandoerstyring/moeder/$meetingId');

/** One meeting: what it is, who took part, the agenda with the minutes, decisions, actions, approval and the mails sent. */
export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const statusLabel = useMeetingStatusLabel();
  const { meetingId } = route.useParams();
  const id = useCurrentOrganisation().organisationId;
  const meeting = useQuery({ ...meetingQuery(id ?? '', meetingId), enabled: id !== null });
  const back = <BackLink to="/leverandoerstyring/moeder">{t('meetings.backToList')}</BackLink>;
  const placeholder = (body: ReactNode) => (
    <>
      {back}
      <PageHeading title={t('meetings.detailTitle')}>{t('meetings.detailTitle')}</PageHeading>
      {body}
    </>
  );
  if (id === null) return placeholder(<NoOrganisation />);
  if (meeting.isPending) return placeholder(<Loading />);
  if (meeting.isError) return placeholder(<ErrorAlert error={meeting.error} />);

  const m = meeting.data;
  const canWrite = may('write', id);
  const open = m.status !== 'approved';
  return (
    <>
      {back}
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <dl className="summary-list">
        <dt>{t('meetings.fields.supplier')}</dt>
        <dd>
          {m.supplierId ? (
            <Link to="/leverandoerer/$supplierId" params={{ supplierId: m.supplierId }}>
              {m.supplierName}
            </Link>
          ) : (
            '–'
          )}
        </dd>
        {m.contractId ? (
          <>
            <dt>{t('meetings.fields.contract')}</dt>
            <dd>
              <Link to="/kontrakter/$contractId" params={{ contractId: m.contractId }}>
                {[m.contractNumber, m.contractName].filter(Boolean).join(' ')}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('meetings.fields.heldOn')}</dt>
        <dd>
          {format.longDay(m.heldOn)}
          {m.startsAt ? ` ${t('meetings.at', { time: m.startsAt })}` : ''}
        </dd>
        <dt>{t('meetings.fields.forum')}</dt>
        <dd>{m.forum ?? '–'}</dd>
        <dt>{t('meetings.fields.location')}</dt>
        <dd>{m.location ?? '–'}</dd>
        <dt>{t('meetings.fields.status')}</dt>
        <dd>
          {statusLabel(m.status)}
          {m.approvedByName && m.approvedAt
            ? ` (${t('meetings.approvedBy', { name: m.approvedByName, at: format.dateTime(m.approvedAt) })})`
            : ''}
        </dd>
      </dl>
      <MeetingParticipants organisationId={id} meeting={m} canWrite={canWrite && open} />
      <MeetingAgenda organisationId={id} meeting={m} canWrite={canWrite && open} />
      <MeetingDecisions organisationId={id} meeting={m} canWrite={canWrite && open} />
      <MeetingActions organisationId={id} meeting={m} canWrite={canWrite} />
      <ApproveMinutes organisationId={id} meeting={m} canWrite={canWrite} />
      {canWrite && open ? <EditMeetingForm key={m.updatedAt} organisationId={id} meeting={m} /> : null}
      {canWrite ? <DeleteMeeting organisationId={id} meeting={m} /> : null}
    </>
  );
}
