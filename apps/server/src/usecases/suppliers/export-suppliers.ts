import { listAllSupplierContacts, listAllSuppliers } from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import { csvFile, xlsxFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { contactSheet, SUPPLIER_COLUMNS, SUPPLIER_SHEET, supplierSheet } from './supplier-sheet.js';

/** The organisation's suppliers (and, in .xlsx, their contacts on a second sheet), ready to re-import. */
export async function exportSuppliers(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  format: 'xlsx' | 'csv',
  locale: Locale,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const suppliers = await listAllSuppliers(deps.db, organisationId);
  const labels = new Map(
    (await resolvedList(deps.db, organisationId, 'supplier_classification', locale)).map((v) => [v.key, v.label]),
  );
  const sheet = supplierSheet(suppliers, (key) => labels.get(key) ?? key);
  const stem = `leverandoerer-${deps.clock.today()}`;
  if (format === 'csv') return csvFile(stem, sheet);
  const contacts = await listAllSupplierContacts(deps.db, organisationId);
  return xlsxFile(stem, [sheet, contactSheet(suppliers, contacts)]);
}

/** An empty supplier sheet with one example row and a guide listing the columns and classification values. */
export async function supplierImportTemplate(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const classifications = await resolvedList(deps.db, organisationId, 'supplier_classification', locale);
  const example = [
    'Eksempel Leverandør A/S',
    '19435075',
    'DK',
    null,
    'Halfdansgade 8',
    '2300',
    'København S',
    classifications[0]?.label ?? null,
    'Slet denne række',
  ];
  // One row per column, from the field declarations: the classification lists the organisation's own values.
  const choices = `En af: ${classifications
    .filter((v) => !v.disabled)
    .map((v) => v.label)
    .join(', ')}.`;
  const guide = SUPPLIER_COLUMNS.map((c) => [c.heading, c.field === 'classification' ? choices : c.guide]);
  return xlsxFile('leverandoerer-skabelon', [
    { name: SUPPLIER_SHEET, columns: SUPPLIER_COLUMNS, rows: [example] },
    {
      name: 'Vejledning',
      columns: [
        { heading: 'Kolonne', width: 24 },
        { heading: 'Sådan udfyldes den', width: 100 },
      ],
      rows: guide,
    },
  ]);
}
