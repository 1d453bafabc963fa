import type { ConsumptionReport } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

const AMOUNTS = ['invoiced', 'withinContracts', 'outsideContracts', 'deviationAmount', 'credited'] as const;

/** "Leverandører": every supplier invoicing in the year — in all, within and outside contract, deviations, credited. */
export function SupplierConsumptionTable({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="consumption-suppliers" className="mt-7">
      <h2 id="consumption-suppliers">{t('consumption.suppliers.heading')}</h2>
      {report.suppliers.length === 0 ? (
        <p>{t('consumption.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption>{t('consumption.suppliers.caption', { year: report.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consumption.columns.supplier')}</th>
                <th scope="col">{t('consumption.columns.cvr')}</th>
                {AMOUNTS.map((a) => (
                  <th key={a} scope="col" className="align-text-right">
                    {t(`consumption.columns.${a}`)}
                  </th>
                ))}
                <th scope="col" className="align-text-right">
                  {t('consumption.columns.invoiceCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.suppliers.map((s) => (
                <tr key={s.supplierId ?? `${s.supplierName}-${s.supplierCvr}`}>
                  <th scope="row">
                    {s.supplierId ? (
                      <Link to="/leverandoerer/$supplierId" params={{ supplierId: s.supplierId }}>
                        {s.supplierName}
                      </Link>
                    ) : (
                      s.supplierName
                    )}
                  </th>
                  <td>{s.supplierCvr ?? '–'}</td>
                  {AMOUNTS.map((a) => (
                    <td key={a} className="align-text-right amount">
                      {format.kroner(s[a])}
                    </td>
                  ))}
                  <td className="align-text-right">{format.number(s.invoiceCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
