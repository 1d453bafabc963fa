import type { AgendaItem, Meeting } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useMeetingChange } from './useMeetingChange.ts';

type Props = { organisationId: string; meeting: Meeting; item: AgendaItem; canWrite: boolean };

/** The minutes of one agenda item: shown as text, or edited while the minutes are open. */
export function AgendaItemNotes({ organisationId, meeting, item, canWrite }: Props) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(item.notes ?? '');
  const save = useMeetingChange(organisationId, meeting.id, () =>
    updateAgendaItem(organisationId, meeting.id, item.id, { notes: notes || null }),
  );
  if (!canWrite) return item.notes ? <p className="preserve-lines">{item.notes}</p> : null;
  return (
    <div>
      <TextAreaField
        id={`agenda-notes-${item.id}`}
        label={t('meetings.agenda.notes', { title: item.title })}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <ErrorAlert error={save.error} />
      <button
        type="button"
        className="button button-secondary mt-2"
        disabled={save.isPending || notes === (item.notes ?? '')}
        onClick={() => save.mutate(undefined)}
      >
        {t('meetings.agenda.saveNotes')}
      </button>
      {save.isSuccess && notes === (item.notes ?? '') ? (
        <span role="status" className="ml-3">
          {t('meetings.agenda.saved')}
        </span>
      ) : null}
    </div>
  );
}
