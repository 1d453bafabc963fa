import type { Meeting, ParticipantInput } from '@overblik/api';
import type { ParticipantKind } from '@overblik/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeeting } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useMemberChoices } from '../contracts/useReferenceData.ts';
import { useMeetingChange } from './useMeetingChange.ts';
import { useSupplierContactChoices } from './useSupplierContactChoices.ts';

type Props = { organisationId: string; meeting: Meeting; canWrite: boolean };

const asInput = (p: Meeting['participants'][number]): ParticipantInput =>
  p.kind === 'member'
    ? { kind: 'member', userId: p.userId as string }
    : p.kind === 'contact'
      ? { kind: 'contact', contactId: p.contactId as string }
      : { kind: 'guest', name: p.name, ...(p.email && { email: p.email }) };

/** Who takes part: members of the organisation, the supplier's contacts, and others by name and e-mail. */
export function MeetingParticipants({ organisationId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const members = useMemberChoices(organisationId);
  const contacts = useSupplierContactChoices(organisationId, meeting.supplierId, canWrite);
  const [kind, setKind] = useState<ParticipantKind>('member');
  const [choice, setChoice] = useState('');
  const [guest, setGuest] = useState({ name: '', email: '' });
  const save = useMeetingChange(organisationId, meeting.id, (participants: ParticipantInput[]) =>
    updateMeeting(organisationId, meeting.id, { participants }),
  );
  const current = meeting.participants.map(asInput);
  function onAdd(e: FormEvent) {
    e.preventDefault();
    const added: ParticipantInput =
      kind === 'member'
        ? { kind, userId: choice }
        : kind === 'contact'
          ? { kind, contactId: choice }
          : { kind, name: guest.name, ...(guest.email && { email: guest.email }) };
    save.mutate([...current, added], {
      onSuccess: () => {
        setChoice('');
        setGuest({ name: '', email: '' });
      },
    });
  }
  return (
    <section aria-labelledby="meeting-participants-heading" className="mt-7">
      <h2 id="meeting-participants-heading">{t('meetings.participants.heading')}</h2>
      {meeting.participants.length === 0 ? (
        <p>{t('meetings.participants.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('meetings.participants.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('meetings.participants.side')}</th>
                <th scope="col">{t('meetings.participants.email')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {meeting.participants.map((p, i) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{t(`meetings.participants.kinds.${p.kind}`)}</td>
                  <td>{p.email ?? '–'}</td>
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('meetings.participants.removeNamed', { name: p.name })}
                        disabled={save.isPending}
                        onClick={() => save.mutate(current.filter((_, j) => j !== i))}
                      >
                        {t('meetings.participants.remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canWrite ? (
        <form onSubmit={onAdd} noValidate className="mt-5">
          <h3>{t('meetings.participants.addHeading')}</h3>
          <ErrorAlert error={save.error} />
          <SelectField
            id="participant-kind"
            label={t('meetings.participants.side')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ParticipantKind);
              setChoice('');
            }}
            options={(['member', 'contact', 'guest'] as const).map((k) => ({
              value: k,
              label: t(`meetings.participants.kinds.${k}`),
            }))}
          />
          {kind === 'member' ? (
            <SelectField
              id="participant-member"
              label={t('meetings.participants.member')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              options={[{ value: '', label: t('meetings.participants.choose') }, ...members]}
            />
          ) : kind === 'contact' ? (
            <SelectField
              id="participant-contact"
              label={t('meetings.participants.contact')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              options={[{ value: '', label: t('meetings.participants.choose') }, ...contacts]}
            />
          ) : (
            <>
              <TextField
                id="participant-name"
                label={t('fields.name')}
                value={guest.name}
                onChange={(e) => setGuest({ ...guest, name: e.target.value })}
              />
              <TextField
                id="participant-email"
                type="email"
                label={t('meetings.participants.email')}
                value={guest.email}
                onChange={(e) => setGuest({ ...guest, email: e.target.value })}
              />
            </>
          )}
          <button
            type="submit"
            className="button button-secondary mt-3"
            disabled={save.isPending || (kind !== 'guest' && !choice)}
          >
            {t('meetings.participants.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
