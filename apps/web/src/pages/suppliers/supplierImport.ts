import { suppliersKey } from '../../api/suppliers.ts';
import { importTemplateUrl, runImport } from '../../api/transfer.ts';
import type { ImportSubject } from '../import/importSubject.ts';

/** The supplier import: sheet Leverandører (or a CSV file), matched by CVR number. */
export const SUPPLIER_IMPORT: ImportSubject = {
  texts: 'supplierImport',
  listPath: '/leverandoerer',
  templateUrl: (organisationId) => importTemplateUrl(organisationId, 'suppliers'),
  run: (organisationId, file, query) => runImport(organisationId, 'suppliers', file, query),
  changes: (organisationId) => [suppliersKey(organisationId)],
  fieldLabel: (t, field) => t(`suppliers.fields.${field}`, { defaultValue: field }),
};
