import type { AuditEvent } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ChangeList } from './ChangeList.tsx';

type Props = { event: AuditEvent; names: ReadonlyMap<string, string> };

/** One event; people are shown by their name when they are members of the organisation. */
export function AuditEventRow({ event, names }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const actorName = (event.actor.userId && names.get(event.actor.userId)) || event.actor.name;
  const actor = event.actor.type === 'token' ? t('audit.viaToken', { name: actorName }) : actorName;
  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
      </td>
      <td>{actor}</td>
      <td>{t(`audit.actions.${event.action}`)}</td>
      <td>{t(`audit.entityTypes.${event.entityType}`, { defaultValue: event.entityType })}</td>
      <td>
        <ChangeList changes={event.changes} names={names} entityType={event.entityType} />
      </td>
    </tr>
  );
}
