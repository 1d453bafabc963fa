import type { OptionValue } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { entityAuditQuery } from '../../api/audit.ts';
import { membersQuery } from '../../api/members.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AuditEventRow } from '../audit/AuditEventRow.tsx';

type Props = { organisationId: string; supplierId: string; classifications: readonly OptionValue[] };

/** The supplier's most recent audit events: who created and changed it, field by field. */
export function SupplierHistory({ organisationId, supplierId, classifications }: Props) {
  const { t } = useTranslation();
  const history = useQuery(entityAuditQuery(organisationId, 'supplier', supplierId));
  const members = useQuery(membersQuery(organisationId));
  const names = new Map([
    ...(members.data?.items ?? []).map((m) => [m.userId, m.name] as const),
    ...classifications.map((c) => [c.key, c.label] as const),
  ]);

  return (
    <section aria-labelledby="supplier-history-heading" className="mt-7">
      <h2 id="supplier-history-heading">{t('suppliers.historyHeading')}</h2>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <ErrorAlert error={history.error} /> : null}
      {history.isSuccess && history.data.items.length === 0 ? <p>{t('suppliers.historyNone')}</p> : null}
      {history.isSuccess && history.data.items.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact audit-table">
            <caption className="sr-only">{t('suppliers.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entityType')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((event) => (
                <AuditEventRow key={event.id} event={event} names={names} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {history.data?.nextBefore ? (
        <p>
          <Link to="/log">{t('suppliers.historyMore')}</Link>
        </p>
      ) : null}
    </section>
  );
}
