import { useTranslation } from 'react-i18next';

/** A supplier field named in an import plan (`postalCode`) as people call it (Postnummer). */
export function useImportFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => t(`supplierImport.fields.${field}`, { defaultValue: field });
}
