import type { GovernanceBody } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createMeeting, meetingsKey, meetingsQuery } from '../../api/meetings.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormat } from '../../lib/format.ts';
import { EscalationsTable } from './EscalationsTable.tsx';

type Props = { body: GovernanceBody; canWrite: boolean };

/**
 * A governance body's meetings and the escalations sent to it: an open escalation lands on the agenda of the body's
 * next meeting when that meeting's agenda is fetched from the register.
 */
export function BodyEscalationsSection({ body, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisationId = body.organisationId;
  const meetings = useQuery(meetingsQuery(organisationId, { governanceBodyId: body.id, limit: 20 }));
  return (
    <>
      <section aria-labelledby="body-escalations-heading" className="mt-7">
        <h2 id="body-escalations-heading">{t('escalations.toBodyHeading')}</h2>
        <p>{t('escalations.toBodyIntro')}</p>
        <EscalationsTable
          organisationId={organisationId}
          query={{ governanceBodyId: body.id }}
          caption={t('escalations.toBodyCaption', { name: body.name })}
          canWrite={canWrite}
          showSupplier
        />
      </section>
      <section aria-labelledby="body-meetings-heading" className="mt-7">
        <h2 id="body-meetings-heading">{t('escalations.bodyMeetingsHeading')}</h2>
        <ErrorAlert error={meetings.error} />
        {meetings.isSuccess && meetings.data.items.length === 0 ? <p>{t('escalations.noBodyMeetings')}</p> : null}
        {meetings.isSuccess && meetings.data.items.length > 0 ? (
          <ul>
            {meetings.data.items.map((m) => (
              <li key={m.id}>
                <Link to="/leverandoerstyring/moeder/$meetingId" params={{ meetingId: m.id }}>
                  {m.title}
                </Link>{' '}
                {format.day(m.heldOn)}
              </li>
            ))}
          </ul>
        ) : null}
        {canWrite ? <NewBodyMeeting body={body} /> : null}
      </section>
    </>
  );
}

function NewBodyMeeting({ body }: { body: GovernanceBody }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(body.name);
  const [heldOn, setHeldOn] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      createMeeting(body.organisationId, { title: title.trim(), heldOn: heldOn as CalendarDate, governanceBodyId: body.id }),
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: meetingsKey(body.organisationId) });
      await navigate({ to: '/leverandoerstyring/moeder/$meetingId', params: { meetingId: meeting.id } });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-5">
      <h3>{t('escalations.newBodyMeeting')}</h3>
      <ErrorAlert error={mutation.error} />
      <TextField
        id="body-meeting-title"
        label={t('escalations.meetingTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(mutation.error, 'title')}
      />
      <TextField
        id="body-meeting-date"
        type="date"
        label={t('escalations.meetingDate')}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={fieldError(mutation.error, 'heldOn')}
      />
      <button type="submit" className="button button-primary mt-3" disabled={mutation.isPending}>
        {t('escalations.createBodyMeeting')}
      </button>
    </form>
  );
}
