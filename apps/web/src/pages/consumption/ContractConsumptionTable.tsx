import type { ConsumptionReport } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

const AMOUNTS = ['invoiced', 'expected', 'difference', 'deviationAmount', 'recovered'] as const;

/** "Kontrakter": per contract, what was invoiced against what its price elements lead one to expect. */
export function ContractConsumptionTable({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="consumption-contracts" className="mt-7">
      <h2 id="consumption-contracts">{t('consumption.contracts.heading')}</h2>
      {report.contracts.length === 0 ? (
        <p>{t('consumption.contracts.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption>{t('consumption.contracts.caption', { year: report.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consumption.columns.contract')}</th>
                <th scope="col">{t('consumption.columns.supplier')}</th>
                {AMOUNTS.map((a) => (
                  <th key={a} scope="col" className="align-text-right">
                    {t(`consumption.columns.${a === 'recovered' ? 'credited' : a}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.contracts.map((c) => (
                <tr key={c.contractId}>
                  <th scope="row">
                    <Link to="/kontrakter/$contractId" params={{ contractId: c.contractId }}>
                      {c.contractNumber} {c.contractName}
                    </Link>
                  </th>
                  <td>{c.supplierName ?? '–'}</td>
                  {AMOUNTS.map((a) => (
                    <td key={a} className="align-text-right amount">
                      {format.kroner(c[a])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
