import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { leadTimesQuery } from '../../api/procurementPlan.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { LeadTimeRow } from './LeadTimeRow.tsx';

/**
 * "Forberedelsestid pr. udbudsform" (administrators): how many months before a contract ends its re-tender must
 * start, per procurement form; each can be changed or set back to the default.
 */
export function LeadTimesSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const forms = useOptionList(organisationId, 'procurement_form');
  const list = useQuery(leadTimesQuery(organisationId));
  const byForm = new Map((list.data?.items ?? []).map((l) => [l.procurementForm, l]));
  // Every form of the list that is in use or has a lead time, in the list's order; then any the list no longer has.
  const shown = [
    ...forms.filter((f) => !f.disabled || byForm.has(f.key)).map((f) => ({ key: f.key, label: f.label })),
    ...[...byForm.keys()].filter((k) => !forms.some((f) => f.key === k)).map((k) => ({ key: k, label: k })),
  ];
  return (
    <section aria-labelledby="lead-times-heading" className="mt-7">
      <h2 id="lead-times-heading">{t('procurement.leadTimes.heading')}</h2>
      <p>{t('procurement.leadTimes.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('procurement.leadTimes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.columns.procurementForm')}</th>
                <th scope="col">{t('procurement.leadTimes.months')}</th>
                <th scope="col">{t('reminders.columns.origin')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((f) => (
                <LeadTimeRow
                  key={f.key}
                  organisationId={organisationId}
                  form={f.key}
                  label={f.label}
                  leadTime={byForm.get(f.key) ?? null}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
