import { useTranslation } from 'react-i18next';
import { ImportPage } from '../import/ImportPage.tsx';
import { SUPPLIER_IMPORT } from './supplierImport.ts';

export function SupplierImportPage() {
  const { t } = useTranslation();
  return <ImportPage subject={SUPPLIER_IMPORT} backLabel={t('suppliers.backToList')} />;
}
