import type { Meeting } from '@overblik/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectAgenda, putAgenda } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { EscalateForm } from '../escalations/EscalateForm.tsx';
import { AgendaItemNotes } from './AgendaItemNotes.tsx';
import { useMeetingChange } from './useMeetingChange.ts';

type Props = { organisationId: string; meeting: Meeting; canWrite: boolean };

/**
 * The agenda: "Hent punkter fra registret" adds the template's items and what the register knows (each input
 * under its template item, marked with where it comes from); a person moves, adds and removes items, and writes
 * the minutes of each.
 */
export function MeetingAgenda({ organisationId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const [months, setMonths] = useState('3');
  const [title, setTitle] = useState('');
  const collect = useMeetingChange(organisationId, meeting.id, () =>
    collectAgenda(organisationId, meeting.id, { periodMonths: Number(months) || 3 }),
  );
  const arrange = useMeetingChange(organisationId, meeting.id, (items: Array<{ id?: string; title?: string }>) =>
    putAgenda(organisationId, meeting.id, { items }),
  );
  const ids = meeting.agenda.map((i) => ({ id: i.id }));
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    arrange.mutate(next);
  };
  function onAdd(e: FormEvent) {
    e.preventDefault();
    arrange.mutate([...ids, { title }], { onSuccess: () => setTitle('') });
  }
  return (
    <section aria-labelledby="meeting-agenda-heading" className="mt-7">
      <h2 id="meeting-agenda-heading">{t('meetings.agenda.heading')}</h2>
      {canWrite ? (
        <div className="agenda-collect">
          <p>{t('meetings.agenda.collectIntro')}</p>
          <TextField
            id="agenda-period"
            type="number"
            min={1}
            max={24}
            label={t('meetings.agenda.periodMonths')}
            hint={t('meetings.agenda.periodHint')}
            value={months}
            onChange={(e) => setMonths(e.target.value)}
          />
          <button
            type="button"
            className="button button-primary mt-3"
            disabled={collect.isPending}
            onClick={() => collect.mutate(undefined)}
          >
            {t('meetings.agenda.collect')}
          </button>
          <ErrorAlert error={collect.error} />
        </div>
      ) : null}
      <ErrorAlert error={arrange.error} />
      {meeting.agenda.length === 0 ? (
        <p>{t('meetings.agenda.none')}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item, i) => (
            <li key={item.id} className="mt-5">
              <h3 className="h4 mb-2">{item.title}</h3>
              {item.sourceLabel ? (
                <p className="form-hint mt-0">
                  {t('meetings.agenda.fromRegister', { source: item.sourceLabel })}
                  {item.link ? (
                    <>
                      {' '}
                      <a href={item.link}>{t('meetings.agenda.open')}</a>
                    </>
                  ) : null}
                </p>
              ) : null}
              <AgendaItemNotes organisationId={organisationId} meeting={meeting} item={item} canWrite={canWrite} />
              {canWrite ? (
                <details className="mt-3">
                  <summary>{t('escalations.escalateItem', { title: item.title })}</summary>
                  <EscalateForm
                    organisationId={organisationId}
                    origin={{ fromMeetingId: meeting.id, fromAgendaItemId: item.id }}
                    title={item.title}
                  />
                </details>
              ) : null}
              {canWrite ? (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={i === 0 || arrange.isPending}
                    aria-label={t('meetings.agenda.upNamed', { title: item.title })}
                    onClick={() => move(i, i - 1)}
                  >
                    {t('meetings.agenda.up')}
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={i === meeting.agenda.length - 1 || arrange.isPending}
                    aria-label={t('meetings.agenda.downNamed', { title: item.title })}
                    onClick={() => move(i, i + 1)}
                  >
                    {t('meetings.agenda.down')}
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={arrange.isPending}
                    aria-label={t('meetings.agenda.removeNamed', { title: item.title })}
                    onClick={() => arrange.mutate(ids.filter((_, j) => j !== i))}
                  >
                    {t('meetings.agenda.remove')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form onSubmit={onAdd} noValidate className="mt-5">
          <TextField
            id="agenda-new-item"
            label={t('meetings.agenda.newItem')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button button-secondary mt-3" disabled={arrange.isPending || !title.trim()}>
            {t('meetings.agenda.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
