import type { CostPlan, MemberPlan } from '@overblik/api';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { yearsOf } from './costData.ts';
import { InvoicesTable } from './InvoicesTable.tsx';
import { YearAmountCells, YearHeadings } from './YearCells.tsx';

/**
 * The members of a plan with what each pays per budget year and in all. Each member's invoices, with the
 * explanation printed on its statement, open in a row under it.
 */
export function PlanMembersTable({ plan }: { plan: CostPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const years = yearsOf([plan.totalsByYear, ...plan.members.map((m) => m.totalsByYear)]);
  const columns = 7 + years.length;
  const toggle = (code: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const day = (value: string | null) => (value ? format.day(value) : '–');

  return (
    <section aria-labelledby="plan-members-heading" className="mt-7">
      <h2 id="plan-members-heading">{t('costs.plan.membersHeading')}</h2>
      <p>{t('costs.plan.membersIntro')}</p>
      <TableScroll>
        <table className="table table--compact">
          <caption>{t('costs.plan.membersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.columns.code')}</th>
              <th scope="col">{t('costs.columns.municipality')}</th>
              <th scope="col">{t('costs.columns.wave')}</th>
              <th scope="col">{t('costs.columns.pilot')}</th>
              <th scope="col">{t('costs.columns.availableFrom')}</th>
              <th scope="col">{t('costs.columns.exitOn')}</th>
              <YearHeadings years={years} />
            </tr>
          </thead>
          <tbody>
            {plan.members.map((m: MemberPlan) => {
              const expanded = open.has(m.code);
              const rowId = `plan-member-${m.code}-invoices`;
              return (
                <Fragment key={m.code}>
                  <tr>
                    <td>{m.code}</td>
                    <th scope="row">
                      <button
                        type="button"
                        className="function-link"
                        aria-expanded={expanded}
                        aria-controls={expanded ? rowId : undefined}
                        aria-label={t(expanded ? 'costs.plan.hideInvoices' : 'costs.plan.showInvoices', { name: m.name })}
                        onClick={() => toggle(m.code)}
                      >
                        {m.name}
                      </button>
                    </th>
                    <td>{m.wave ?? '–'}</td>
                    <td>{m.pilot ? t('common.yes') : t('common.no')}</td>
                    <td className="nowrap">{day(m.availableFrom)}</td>
                    <td className="nowrap">{day(m.exitOn)}</td>
                    <YearAmountCells years={years} byYear={m.totalsByYear} total={m.total} />
                  </tr>
                  {expanded ? (
                    <tr id={rowId}>
                      <td colSpan={columns}>
                        <InvoicesTable invoices={m.invoices} caption={t('costs.plan.invoicesCaption', { name: m.name })} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row" colSpan={5}>
                {t('costs.columns.allMembers')}
              </th>
              <YearAmountCells years={years} byYear={plan.totalsByYear} total={plan.total} totalRow />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
