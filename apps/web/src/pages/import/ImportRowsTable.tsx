import type { ImportReport } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

const PAGE_SIZE = 50;

type Props = { rows: ImportReport['rows']; fieldLabel: (field: string) => string };

/**
 * What the import does with each row of the file, and which fields it changes. A file with several sheets
 * (contracts with their price elements and suppliers) also names each row's sheet.
 */
export function ImportRowsTable({ rows, fieldLabel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const sheets = new Set(rows.map((r) => r.sheet)).size > 1;
  // A contract row may also create the supplier it names: then each of its lines says what it is about.
  const kinds = new Set(rows.map((r) => `${r.sheet}\u0000${r.row}`)).size < rows.length;
  return (
    <section aria-labelledby="import-rows-heading">
      <h3 id="import-rows-heading">{t('import.rowsHeading')}</h3>
      <TableScroll>
        <table className="table table--compact">
          <caption className="sr-only">{t('import.rowsCaption')}</caption>
          <thead>
            <tr>
              {sheets ? <th scope="col">{t('import.sheet')}</th> : null}
              <th scope="col">{t('import.row')}</th>
              {kinds ? <th scope="col">{t('import.kind')}</th> : null}
              <th scope="col">{t('import.name')}</th>
              <th scope="col">{t('import.action')}</th>
              <th scope="col">{t('import.changedFields')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(offset, offset + PAGE_SIZE).map((r) => (
              <tr key={`${r.sheet}-${r.row}-${r.kind}-${r.id ?? ''}-${r.name}`}>
                {sheets ? <td>{r.sheet}</td> : null}
                <td>{format.number(r.row)}</td>
                {kinds ? <td>{t(`import.kinds.${r.kind}`)}</td> : null}
                <td>{r.name || '–'}</td>
                <td>{t(`import.actions.${r.action}`)}</td>
                <td>{r.changedFields.length > 0 ? r.changedFields.map(fieldLabel).join(', ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager label={t('import.rowsPages')} offset={offset} limit={PAGE_SIZE} total={rows.length} onChange={setOffset} />
    </section>
  );
}
