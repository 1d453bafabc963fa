import type { AuditEvent } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { AuditObjectCell } from './AuditObjectCell.tsx';
import { ChangeList } from './ChangeList.tsx';

type Props = {
  event: AuditEvent;
  names: ReadonlyMap<string, string>;
  /** Offer to show only the events of the row's object (the log page; not an object's own history). */
  filterable?: boolean;
};

/** Who acted, in words: a person by name (the address as a tooltip), a token by its name and person, the system. */
function ActorCell({ actor }: { actor: AuditEvent['actor'] }) {
  const { t } = useTranslation();
  if (actor.type === 'system') return <>{actor.name === 'system' ? t('audit.system') : actor.name}</>;
  // A person acting was recorded by e-mail address; a token as "name (address)".
  const address = actor.type === 'user' ? actor.name : (/\(([^()]*)\)$/.exec(actor.name)?.[1] ?? '');
  const person = actor.personName ?? address;
  if (actor.type === 'token')
    return (
      <span title={address || undefined}>
        {actor.tokenName ? t('audit.viaTokenOf', { token: actor.tokenName, person }) : t('audit.viaToken', { name: actor.name })}
      </span>
    );
  return <span title={address || undefined}>{person}</span>;
}

/** One event: when, who, what was done to which object, and the changed fields in words. */
export function AuditEventRow({ event, names, filterable = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
      </td>
      <td>
        <ActorCell actor={event.actor} />
      </td>
      <td>{t(`audit.actions.${event.action}`)}</td>
      <td className="audit-object">
        <AuditObjectCell subject={event.subject} filterable={filterable} />
      </td>
      <td>
        <ChangeList changes={event.changes} references={event.references} names={names} entityType={event.entityType} />
      </td>
    </tr>
  );
}
