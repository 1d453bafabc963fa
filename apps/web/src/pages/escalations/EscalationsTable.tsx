import type { Escalation, EscalationQuery } from '@overblik/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { escalationsKey, escalationsQuery, updateEscalation } from '../../api/escalations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = { organisationId: string; query: EscalationQuery; caption: string; canWrite: boolean; showSupplier?: boolean };

/** Escalations with where they came from, where they went, their deadline, and the meeting whose agenda took them. */
export function EscalationsTable({ organisationId, query, caption, canWrite, showSupplier = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery(escalationsQuery(organisationId, query));
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.items.length === 0) return <p>{t('escalations.none')}</p>;
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('escalations.fields.title')}</th>
            {showSupplier ? <th scope="col">{t('escalations.columns.supplier')}</th> : null}
            <th scope="col">{t('escalations.columns.from')}</th>
            <th scope="col">{t('escalations.fields.to')}</th>
            <th scope="col">{t('escalations.columns.due')}</th>
            <th scope="col">{t('escalations.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                {e.title}
                {e.description ? <span className="d-block form-hint">{e.description}</span> : null}
              </th>
              {showSupplier ? (
                <td>
                  {e.supplierId ? (
                    <Link to="/leverandoerer/$supplierId" params={{ supplierId: e.supplierId }}>
                      {e.supplierName}
                    </Link>
                  ) : (
                    '–'
                  )}
                </td>
              ) : null}
              <td>
                {e.raisedAt}
                <span className="d-block form-hint">
                  {t('escalations.raisedBy', { name: e.raisedByName, date: format.day(e.raisedOn) })}
                </span>
              </td>
              <td>{e.to.name}</td>
              <td>{format.day(e.dueOn)}</td>
              <td>
                <Status escalation={e} />
                {canWrite && e.status === 'open' ? <ResolveForm organisationId={organisationId} escalation={e} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Status({ escalation: e }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (e.status === 'resolved')
    return (
      <>
        {t('escalations.resolvedOn', { date: format.day(e.resolvedOn) })}
        {e.resolution ? <span className="d-block form-hint">{e.resolution}</span> : null}
      </>
    );
  const meeting = e.onAgendaOf.at(-1);
  return meeting ? (
    <>
      {t('escalations.onAgenda')}{' '}
      <Link to="/leverandoerstyring/moeder/$meetingId" params={{ meetingId: meeting.meetingId }}>
        {meeting.title} {format.day(meeting.heldOn)}
      </Link>
    </>
  ) : (
    t('escalations.awaiting')
  );
}

function ResolveForm({ organisationId, escalation }: { organisationId: string; escalation: Escalation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      updateEscalation(organisationId, escalation.id, { status: 'resolved', resolution: resolution.trim() || null }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: escalationsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
      ]),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <details className="mt-3">
      <summary>{t('escalations.resolve')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={mutation.error} />
        <TextField
          id={`resolution-${escalation.id}`}
          label={t('escalations.resolution', { title: escalation.title })}
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
        />
        <button type="submit" className="button button-secondary mt-3" disabled={mutation.isPending}>
          {t('escalations.resolve')}
        </button>
      </form>
    </details>
  );
}
