import type { CollaborationLevel, Contact, GovernanceBody } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addParticipant, deleteLevel, removeParticipant, updateLevel } from '../../api/governance.ts';
import type { MemberList } from '../../api/types.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

type Props = {
  organisationId: string;
  level: CollaborationLevel;
  isTop: boolean;
  members: MemberList['items'];
  contacts: readonly Contact[];
  bodies: readonly GovernanceBody[];
};

const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** One level: its name, forum, frequency and escalation limit (the top level: to which body), and its people. */
export function LevelEditor({ organisationId, level, isTop, members, contacts, bodies }: Props) {
  const { t } = useTranslation();
  const supplierId = level.supplierId;
  const [name, setName] = useState(level.name);
  const [forum, setForum] = useState(level.forum ?? '');
  const [meetings, setMeetings] = useState(level.meetingsPerYear?.toString() ?? '');
  const [days, setDays] = useState(level.escalationDays?.toString() ?? '');
  const [bodyId, setBodyId] = useState(level.escalationBodyId ?? '');
  const [who, setWho] = useState('');
  const [role, setRole] = useState('');
  const invalidate = useInvalidateGovernance(organisationId);
  const save = useMutation({
    mutationFn: () =>
      updateLevel(organisationId, supplierId, level.id, {
        name,
        forum: forum || null,
        meetingsPerYear: toNumber(meetings),
        escalationDays: toNumber(days),
        ...(isTop && { escalationBodyId: bodyId || null }),
      }),
    onSuccess: invalidate,
  });
  const moveUp = useMutation({
    mutationFn: () => updateLevel(organisationId, supplierId, level.id, { position: level.position - 1 }),
    onSuccess: invalidate,
  });
  const remove = useMutation({ mutationFn: () => deleteLevel(organisationId, supplierId, level.id), onSuccess: invalidate });
  const add = useMutation({
    mutationFn: () => {
      const [side = '', personId = ''] = who.split(':');
      return addParticipant(organisationId, supplierId, level.id, {
        ...(side === 'user' ? { userId: personId } : { contactId: personId }),
        role: role || null,
      });
    },
    onSuccess: invalidate,
  });
  const removePerson = useMutation({
    mutationFn: (participantId: string) => removeParticipant(organisationId, supplierId, level.id, participantId),
    onSuccess: invalidate,
  });
  const prefix = `level-${level.id}`;
  const error = (field: string) => fieldError(save.error, field);
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const present = new Set(level.participants.map((p) => p.userId ?? p.contactId));
  return (
    <section aria-labelledby={`${prefix}-heading`} className="mt-7">
      <h2 id={`${prefix}-heading`}>
        {t('governance.collaboration.levelHeading', { position: level.position + 1, name: level.name })}
      </h2>
      <ErrorAlert error={save.error ?? moveUp.error ?? remove.error} />
      <form onSubmit={onSave} noValidate>
        <TextField
          id={`${prefix}-name`}
          label={t('governance.collaboration.levelName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error('/name')}
        />
        <TextField
          id={`${prefix}-forum`}
          label={t('governance.collaboration.forum')}
          hint={t('governance.collaboration.forumHint')}
          value={forum}
          onChange={(e) => setForum(e.target.value)}
          error={error('/forum')}
        />
        <TextField
          id={`${prefix}-meetings`}
          label={t('governance.collaboration.meetingsPerYear')}
          inputMode="numeric"
          value={meetings}
          onChange={(e) => setMeetings(e.target.value)}
          error={error('/meetingsPerYear')}
        />
        <TextField
          id={`${prefix}-days`}
          label={isTop ? t('governance.collaboration.daysToBody') : t('governance.collaboration.daysToNext')}
          hint={t('governance.collaboration.daysHint')}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={error('/escalationDays')}
        />
        {isTop ? (
          <SelectField
            id={`${prefix}-body`}
            label={t('governance.collaboration.escalationBody')}
            value={bodyId}
            onChange={(e) => setBodyId(e.target.value)}
            options={[
              { value: '', label: t('governance.bodies.noBody') },
              ...bodies.map((b) => ({ value: b.id, label: b.name })),
            ]}
            error={error('/escalationBodyId')}
          />
        ) : null}
        <div className="page-actions mt-5">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('common.save')}
          </button>
          {!isTop ? (
            <button type="button" className="button button-secondary" disabled={moveUp.isPending} onClick={() => moveUp.mutate()}>
              {t('governance.collaboration.moveUp')}
            </button>
          ) : null}
          <ConfirmAction
            label={t('governance.collaboration.removeLevel')}
            accessibleLabel={t('governance.collaboration.removeLevelNamed', { name: level.name })}
            question={t('governance.collaboration.removeLevelQuestion', { name: level.name })}
            confirmLabel={t('governance.collaboration.removeLevel')}
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
          />
        </div>
      </form>
      <h3 className="mt-6">{t('governance.collaboration.participants')}</h3>
      {level.participants.length === 0 ? (
        <p>{t('governance.collaboration.noParticipants')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('governance.collaboration.participantsCaption', { name: level.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.fields.person')}</th>
                <th scope="col">{t('governance.collaboration.side')}</th>
                <th scope="col">{t('governance.fields.roleText')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {level.participants.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.side === 'ours' ? t('governance.collaboration.ours') : t('governance.collaboration.theirs')}</td>
                  <td>{p.role ?? '–'}</td>
                  <td>
                    <ConfirmAction
                      label={t('governance.members.remove')}
                      accessibleLabel={t('governance.members.removeNamed', { name: p.name })}
                      question={t('governance.collaboration.removePersonQuestion', { name: p.name, level: level.name })}
                      confirmLabel={t('governance.members.remove')}
                      onConfirm={() => removePerson.mutate(p.id)}
                      pending={removePerson.isPending}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorAlert error={add.error ?? removePerson.error} />
      <form onSubmit={onAdd} noValidate className="mt-5">
        <SelectField
          id={`${prefix}-who`}
          label={t('governance.collaboration.addPerson')}
          value={who}
          onChange={(e) => setWho(e.target.value)}
          options={[
            { value: '', label: t('governance.choosePerson') },
            ...members
              .filter((m) => !present.has(m.userId))
              .map((m) => ({ value: `user:${m.userId}`, label: t('governance.collaboration.oursNamed', { name: m.name }) })),
            ...contacts
              .filter((c) => !present.has(c.id))
              .map((c) => ({ value: `contact:${c.id}`, label: t('governance.collaboration.theirsNamed', { name: c.name }) })),
          ]}
          error={fieldError(add.error, '/userId') ?? fieldError(add.error, '/contactId')}
        />
        <TextField
          id={`${prefix}-role`}
          label={t('governance.fields.roleText')}
          hint={t('governance.collaboration.roleHint')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={fieldError(add.error, '/role')}
          maxLength={100}
        />
        <button type="submit" className="button button-secondary mt-5" disabled={add.isPending || who === ''}>
          {t('governance.collaboration.addParticipant')}
        </button>
      </form>
    </section>
  );
}
