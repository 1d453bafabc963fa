import downloadIcon from 'dkfds-dist/img/svg-icons/download.svg';
import { useTranslation } from 'react-i18next';
import { type ExportFormat, supplierExportUrl } from '../../api/suppliers.ts';

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'suppliers.exportXlsx' },
  { format: 'csv', label: 'suppliers.exportCsv' },
];

/** Downloads of every supplier of the organisation (not only those on screen), for anyone who may read them. */
export function SupplierExportLinks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are download links
    <div className="export-links mb-5" role="group" aria-labelledby="supplier-export-label">
      <span id="supplier-export-label" className="export-links-label">
        {t('suppliers.exportLabel')}
      </span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} className="button button-tertiary" href={supplierExportUrl(organisationId, format)} download>
          <img className="icon-svg" src={downloadIcon} alt="" aria-hidden="true" />
          {t(label)}
        </a>
      ))}
    </div>
  );
}
