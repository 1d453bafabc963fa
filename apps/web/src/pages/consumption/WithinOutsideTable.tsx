import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';

export type WithinOutsideRow = { key: string; label: string; within: string; outside: string; total: string };

/**
 * The data table under a chart of amounts within and outside contract: one row per bar, with its total, and an
 * optional footer row. Amounts arrive formatted.
 */
export function WithinOutsideTable({
  caption,
  labelHeading,
  rows,
  footer,
}: {
  caption: string;
  labelHeading: string;
  rows: readonly WithinOutsideRow[];
  footer?: Omit<WithinOutsideRow, 'key'>;
}) {
  const { t } = useTranslation();
  return (
    <div className="mt-5">
      <TableScroll>
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col" className="align-text-right">
                {t('consumption.within')}
              </th>
              <th scope="col" className="align-text-right">
                {t('consumption.outside')}
              </th>
              <th scope="col" className="align-text-right">
                {t('consumption.columns.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="align-text-right amount">{r.within}</td>
                <td className="align-text-right amount">{r.outside}</td>
                <td className="align-text-right amount">{r.total}</td>
              </tr>
            ))}
          </tbody>
          {footer ? (
            <tfoot>
              <tr>
                <th scope="row">{footer.label}</th>
                <td className="align-text-right amount weight-semibold">{footer.within}</td>
                <td className="align-text-right amount weight-semibold">{footer.outside}</td>
                <td className="align-text-right amount weight-semibold">{footer.total}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </TableScroll>
    </div>
  );
}
