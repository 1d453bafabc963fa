import type { YearAmount } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { amountFor } from './costData.ts';

/** The column headings of a table with one amount per budget year and the total. */
export function YearHeadings({ years }: { years: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <>
      {years.map((y) => (
        <th key={y} scope="col" className="align-text-right">
          {y}
        </th>
      ))}
      <th scope="col" className="align-text-right">
        {t('costs.columns.total')}
      </th>
    </>
  );
}

/** A row's amounts under `YearHeadings`: each year (0 where it pays nothing) and the total; bold in a total row. */
export function YearAmountCells({
  years,
  byYear,
  total,
  totalRow = false,
}: {
  years: readonly number[];
  byYear: readonly YearAmount[];
  total: string;
  totalRow?: boolean;
}) {
  const format = useFormat();
  const money = (value: string) => format.kroner(value);
  const yearClass = totalRow ? 'align-text-right amount weight-semibold' : 'align-text-right amount';
  return (
    <>
      {years.map((y) => (
        <td key={y} className={yearClass}>
          {money(amountFor(byYear, y))}
        </td>
      ))}
      <td className="align-text-right amount weight-semibold">{money(total)}</td>
    </>
  );
}
