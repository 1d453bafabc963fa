import type { ImportError } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

const PAGE_SIZE = 50;

/** Every problem in the file, where the spreadsheet shows it: sheet, row number and column heading. */
export function ImportErrorsTable({ errors }: { errors: readonly ImportError[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  return (
    <section aria-labelledby="import-errors-heading">
      <h3 id="import-errors-heading">{t('import.errorsHeading')}</h3>
      <TableScroll>
        <table className="table table--compact">
          <caption className="sr-only">{t('import.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.sheet')}</th>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.error')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(offset, offset + PAGE_SIZE).map((e) => (
              <tr key={`${e.sheet}-${e.row}-${e.column}-${e.code}-${e.message}`}>
                <td>{e.sheet}</td>
                <td>{e.row === null ? t('import.wholeSheet') : format.number(e.row)}</td>
                <td>{e.column ?? t('import.wholeRow')}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager label={t('import.errorsPages')} offset={offset} limit={PAGE_SIZE} total={errors.length} onChange={setOffset} />
    </section>
  );
}
