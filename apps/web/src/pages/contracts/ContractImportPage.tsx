import { useTranslation } from 'react-i18next';
import { ImportPage } from '../import/ImportPage.tsx';
import { CONTRACT_IMPORT } from './contractImport.ts';

/** `/kontrakter/import`: contracts, price elements and suppliers from a spreadsheet. */
export function ContractImportPage() {
  const { t } = useTranslation();
  return <ImportPage subject={CONTRACT_IMPORT} backLabel={t('contracts.backToList')} />;
}
