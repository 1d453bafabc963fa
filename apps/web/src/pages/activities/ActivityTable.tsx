import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';

type Props = {
  caption: string;
  /** Keys under activities.columns, in order. */
  headings: readonly string[];
  /** Adds the actions column. */
  canWrite: boolean;
  children: ReactNode;
};

/** The table every activity list uses (contract, supplier, deadlines page): caption, column headings, rows. */
export function ActivityTable({ caption, headings, canWrite, children }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll>
      <table className="table table--compact activity-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col">
                {t(`activities.columns.${h}`)}
              </th>
            ))}
            {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
