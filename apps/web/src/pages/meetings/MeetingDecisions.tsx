import type { Meeting } from '@overblik/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDecision, deleteDecision } from '../../api/meetings.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useMeetingChange } from './useMeetingChange.ts';

type Props = { organisationId: string; meeting: Meeting; canWrite: boolean };

/** The decisions of the minutes, each on an agenda item or on none. */
export function MeetingDecisions({ organisationId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  const add = useMeetingChange(organisationId, meeting.id, () =>
    addDecision(organisationId, meeting.id, { text, agendaItemId: itemId || null }),
  );
  const remove = useMeetingChange(organisationId, meeting.id, async (decisionId: string) => {
    await deleteDecision(organisationId, meeting.id, decisionId);
    return undefined;
  });
  const itemTitle = new Map(meeting.agenda.map((i) => [i.id, i.title]));
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    add.mutate(undefined, {
      onSuccess: () => {
        setText('');
        setItemId('');
      },
    });
  }
  return (
    <section aria-labelledby="meeting-decisions-heading" className="mt-7">
      <h2 id="meeting-decisions-heading">{t('meetings.decisions.heading')}</h2>
      {meeting.decisions.length === 0 ? (
        <p>{t('meetings.decisions.none')}</p>
      ) : (
        <ul>
          {meeting.decisions.map((d) => (
            <li key={d.id}>
              {d.text}
              {d.agendaItemId ? <span className="form-hint"> ({itemTitle.get(d.agendaItemId)})</span> : null}
              {canWrite ? (
                <button
                  type="button"
                  className="button button-tertiary ml-3"
                  aria-label={t('meetings.decisions.removeNamed', { text: d.text })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(d.id)}
                >
                  {t('meetings.decisions.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={remove.error} />
      {canWrite ? (
        <form onSubmit={onSubmit} noValidate className="mt-5">
          <h3>{t('meetings.decisions.addHeading')}</h3>
          <ErrorAlert error={add.error} />
          <TextAreaField
            id="decision-text"
            label={t('meetings.decisions.text')}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={fieldError(add.error, 'text')}
          />
          <SelectField
            id="decision-item"
            label={t('meetings.decisions.item')}
            value={itemId}
            onChange={(e) => setItemId(e.target.value)}
            options={[
              { value: '', label: t('meetings.noItem') },
              ...meeting.agenda.map((i) => ({ value: i.id, label: i.title })),
            ]}
          />
          <button type="submit" className="button button-secondary mt-3" disabled={add.isPending}>
            {t('meetings.decisions.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
