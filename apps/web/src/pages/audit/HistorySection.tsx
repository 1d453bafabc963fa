import type { AuditPage } from '@overblik/api';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { AuditEventRow } from './AuditEventRow.tsx';

type Props = {
  /** Id of the section's heading. */
  id: string;
  heading: string;
  caption: string;
  none: string;
  more: string;
  history: UseQueryResult<AuditPage>;
  /** Names of the people, units, option values … the events refer to by id or key. */
  names: ReadonlyMap<string, string>;
  /** The object whose history this is: the link to the full log shows its events. */
  object?: { entityType: string; entityId: string };
};

/** An object's most recent audit events (who created and changed it, field by field), with a link to the full log. */
export function HistorySection({ id, heading, caption, none, more, history, names, object }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="mt-7">
      <h2 id={id}>{heading}</h2>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <ErrorAlert error={history.error} /> : null}
      {history.isSuccess && history.data.items.length === 0 ? <p>{none}</p> : null}
      {history.isSuccess && history.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact audit-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.object')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((event) => (
                <AuditEventRow key={event.id} event={event} names={names} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {history.data?.nextBefore ? (
        <p>
          <Link to="/log" search={object ?? {}}>
            {more}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
