import type { Meeting } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAction, deleteAction, updateAction } from '../../api/meetings.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMemberChoices } from '../contracts/useReferenceData.ts';
import { useMeetingChange } from './useMeetingChange.ts';
import { useSupplierContactChoices } from './useSupplierContactChoices.ts';

type Props = { organisationId: string; meeting: Meeting; canWrite: boolean };

/**
 * The action items: a member's action is an activity (in Frister, with reminders to them) and done when it is;
 * a contact's action is followed up here and on the next meeting's agenda. Closing and reopening goes on after
 * the minutes are approved; adding and removing does not.
 */
export function MeetingActions({ organisationId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = meeting.status !== 'approved';
  const members = useMemberChoices(organisationId);
  const contacts = useSupplierContactChoices(organisationId, meeting.supplierId, canWrite && open).map((c) => ({
    value: `contact:${c.value}`,
    label: c.label,
  }));
  const [form, setForm] = useState({ title: '', dueOn: '', responsible: '' });
  const add = useMeetingChange(organisationId, meeting.id, () => {
    const [kind, who] = form.responsible.split(':');
    return addAction(organisationId, meeting.id, {
      title: form.title,
      dueOn: form.dueOn as CalendarDate,
      ...(kind === 'member' && who ? { responsibleUserId: who } : {}),
      ...(kind === 'contact' && who ? { responsibleContactId: who } : {}),
    });
  });
  const toggle = useMeetingChange(organisationId, meeting.id, (change: { id: string; open: boolean }) =>
    updateAction(organisationId, meeting.id, change.id, { open: change.open }),
  );
  const remove = useMeetingChange(organisationId, meeting.id, async (actionId: string) => {
    await deleteAction(organisationId, meeting.id, actionId);
    return undefined;
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    add.mutate(undefined, { onSuccess: () => setForm({ title: '', dueOn: '', responsible: '' }) });
  }
  return (
    <section aria-labelledby="meeting-actions-heading" className="mt-7">
      <h2 id="meeting-actions-heading">{t('meetings.actions.heading')}</h2>
      {meeting.actions.length === 0 ? (
        <p>{t('meetings.actions.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('meetings.actions.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.actions.title')}</th>
                <th scope="col">{t('meetings.actions.responsible')}</th>
                <th scope="col">{t('meetings.actions.dueOn')}</th>
                <th scope="col">{t('meetings.actions.state')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {meeting.actions.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.title}
                    {a.activityId ? (
                      <>
                        {' '}
                        <Link to="/frister" className="form-hint">
                          {t('meetings.actions.inDeadlines')}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>{a.responsibleName ?? '–'}</td>
                  <td>{format.day(a.dueOn)}</td>
                  <td>{a.open ? t('meetings.actions.open') : t('meetings.actions.done')}</td>
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        disabled={toggle.isPending}
                        aria-label={t(a.open ? 'meetings.actions.closeNamed' : 'meetings.actions.reopenNamed', {
                          title: a.title,
                        })}
                        onClick={() => toggle.mutate({ id: a.id, open: !a.open })}
                      >
                        {a.open ? t('meetings.actions.close') : t('meetings.actions.reopen')}
                      </button>
                      {open ? (
                        <button
                          type="button"
                          className="button button-tertiary"
                          disabled={remove.isPending}
                          aria-label={t('meetings.actions.removeNamed', { title: a.title })}
                          onClick={() => remove.mutate(a.id)}
                        >
                          {t('meetings.actions.remove')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorAlert error={toggle.error ?? remove.error} />
      {canWrite && open ? (
        <form onSubmit={onSubmit} noValidate className="mt-5">
          <h3>{t('meetings.actions.addHeading')}</h3>
          <ErrorAlert error={add.error} />
          <TextField
            id="action-title"
            label={t('meetings.actions.title')}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
            error={fieldError(add.error, 'title')}
          />
          <TextField
            id="action-due-on"
            type="date"
            label={t('meetings.actions.dueOn')}
            value={form.dueOn}
            onChange={(e) => setForm({ ...form, dueOn: e.target.value })}
            error={fieldError(add.error, 'dueOn')}
          />
          <SelectField
            id="action-responsible"
            label={t('meetings.actions.responsible')}
            hint={t('meetings.actions.responsibleHint')}
            value={form.responsible}
            onChange={(e) => setForm({ ...form, responsible: e.target.value })}
            options={[
              { value: '', label: t('meetings.actions.noResponsible') },
              ...members.map((m) => ({ value: `member:${m.value}`, label: m.label })),
              ...contacts.map((c) => ({ value: c.value, label: t('meetings.actions.contactLabel', { name: c.label }) })),
            ]}
          />
          <button type="submit" className="button button-secondary mt-3" disabled={add.isPending}>
            {t('meetings.actions.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
