import type { Meeting } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeeting } from '../../api/meetings.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useMeetingChange } from './useMeetingChange.ts';
import { useMeetingStatusLabel } from './useMeetingLabels.ts';

type Props = { organisationId: string; meeting: Meeting };

/** Changes a meeting's title, day, time, forum, place and status (planned or held); its activity follows. */
export function EditMeetingForm({ organisationId, meeting }: Props) {
  const { t } = useTranslation();
  const statusLabel = useMeetingStatusLabel();
  const [form, setForm] = useState({
    title: meeting.title,
    heldOn: meeting.heldOn as string,
    startsAt: meeting.startsAt ?? '',
    forum: meeting.forum ?? '',
    location: meeting.location ?? '',
    status: meeting.status === 'held' ? 'held' : 'planned',
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMeetingChange(organisationId, meeting.id, () =>
    updateMeeting(organisationId, meeting.id, {
      title: form.title,
      heldOn: form.heldOn as CalendarDate,
      startsAt: form.startsAt || null,
      forum: form.forum || null,
      location: form.location || null,
      status: form.status as 'planned' | 'held',
    }),
  );
  const error = (field: string) => fieldError(save.error, field);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate(undefined);
  }
  return (
    <section aria-labelledby="edit-meeting-heading" className="mt-7">
      <h2 id="edit-meeting-heading">{t('meetings.editHeading')}</h2>
      <ErrorAlert error={save.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="edit-meeting-title"
          label={t('meetings.fields.title')}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={error('title')}
        />
        <TextField
          id="edit-meeting-held-on"
          type="date"
          label={t('meetings.fields.heldOn')}
          value={form.heldOn}
          onChange={(e) => set('heldOn', e.target.value)}
          error={error('heldOn')}
        />
        <TextField
          id="edit-meeting-starts-at"
          type="time"
          label={t('meetings.fields.startsAt')}
          value={form.startsAt}
          onChange={(e) => set('startsAt', e.target.value)}
          error={error('startsAt')}
        />
        <TextField
          id="edit-meeting-forum"
          label={t('meetings.fields.forum')}
          value={form.forum}
          onChange={(e) => set('forum', e.target.value)}
          error={error('forum')}
        />
        <TextField
          id="edit-meeting-location"
          label={t('meetings.fields.location')}
          value={form.location}
          onChange={(e) => set('location', e.target.value)}
          error={error('location')}
        />
        <SelectField
          id="edit-meeting-status"
          label={t('meetings.fields.status')}
          value={form.status}
          onChange={(e) => set('status', e.target.value)}
          options={(['planned', 'held'] as const).map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
          {t('meetings.save')}
        </button>
      </form>
    </section>
  );
}
