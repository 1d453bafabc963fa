import { contractsKey } from '../../api/contracts.ts';
import { suppliersKey } from '../../api/suppliers.ts';
import { importTemplateUrl, runImport } from '../../api/transfer.ts';
import type { ImportSubject } from '../import/importSubject.ts';

/**
 * The contract import: sheets Kontrakter, Priselementer and Leverandører (or a CSV file of contracts), matched
 * by contract number. A changed field is named as on the contract page, a price element's or supplier's as in
 * their own forms.
 */
export const CONTRACT_IMPORT: ImportSubject = {
  texts: 'contractImport',
  listPath: '/kontrakter',
  templateUrl: (organisationId) => importTemplateUrl(organisationId, 'contracts'),
  run: (organisationId, file, query) => runImport(organisationId, 'contracts', file, query),
  changes: (organisationId) => [contractsKey(organisationId), suppliersKey(organisationId)],
  fieldLabel: (t, field) =>
    t(
      [
        `contractImport.fields.${field}`,
        `contracts.fields.${field}`,
        `contracts.priceElements.fields.${field}`,
        `suppliers.fields.${field}`,
      ],
      { defaultValue: field },
    ),
};
