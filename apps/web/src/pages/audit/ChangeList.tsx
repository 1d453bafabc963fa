import type { AuditEvent } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { withoutEchoes } from './echoes.ts';
import { useChangeValue } from './useChangeValue.ts';

/** Identifiers that only repeat what the row already says. */
const HIDDEN = new Set(['id', 'organisationId']);

type Props = {
  changes: AuditEvent['changes'];
  /** The objects the changes refer to by id, named by the server. */
  references?: AuditEvent['references'];
  names: ReadonlyMap<string, string>;
  entityType?: string;
};

/** Each changed field as "field: before → after", values in words where the UI knows them. */
export function ChangeList({ changes, references, names, entityType }: Props) {
  const { t } = useTranslation();
  const value = useChangeValue(names, entityType, references);
  // A field whose value reads the same before and after (e.g. no links → an empty list of links) is left out.
  const entries = Object.entries(withoutEchoes(changes)).filter(
    ([field, change]) => !HIDDEN.has(field) && value(field, change.before) !== value(field, change.after),
  );
  if (entries.length === 0) return <>–</>;
  return (
    <ul className="unstyled-list change-list">
      {entries.map(([field, change]) => (
        <li key={field}>
          <span className="weight-semibold">{t(`audit.fields.${field}`, { defaultValue: field })}:</span>{' '}
          <span className="change-before">{value(field, change.before)}</span> <span aria-hidden="true">→</span>
          <span className="sr-only">{t('audit.changedTo')}</span>{' '}
          <span className="change-after">{value(field, change.after)}</span>
        </li>
      ))}
    </ul>
  );
}
