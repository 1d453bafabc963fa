import type { ImportReport } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.tsx';
import { useFormat } from '../../lib/format.ts';
import { useImportFieldLabel } from './useImportFieldLabel.ts';

const PAGE_SIZE = 50;

/** What the import does with each row of the file, and which fields it changes. */
export function ImportRowsTable({ rows }: { rows: ImportReport['rows'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldLabel = useImportFieldLabel();
  const [offset, setOffset] = useState(0);
  return (
    <section aria-labelledby="import-rows-heading">
      <h3 id="import-rows-heading">{t('supplierImport.rowsHeading')}</h3>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">{t('supplierImport.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supplierImport.row')}</th>
              <th scope="col">{t('supplierImport.name')}</th>
              <th scope="col">{t('supplierImport.action')}</th>
              <th scope="col">{t('supplierImport.changedFields')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(offset, offset + PAGE_SIZE).map((r) => (
              <tr key={`${r.sheet}-${r.row}`}>
                <td>{format.number(r.row)}</td>
                <td>{r.name || '–'}</td>
                <td>{t(`supplierImport.actions.${r.action}`)}</td>
                <td>{r.changedFields.length > 0 ? r.changedFields.map(fieldLabel).join(', ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={t('supplierImport.rowsPages')} offset={offset} limit={PAGE_SIZE} total={rows.length} onChange={setOffset} />
    </section>
  );
}
