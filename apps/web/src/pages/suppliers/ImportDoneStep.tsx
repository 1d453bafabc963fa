import type { ImportReport } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { RESULT_HEADING_ID } from './importFocus.ts';
import { useImportCounts } from './useImportCounts.ts';

type Props = { report: ImportReport; onImportAnother: () => void };

/** Step 3: the import is written; what it did, and the way back to the list. */
export function ImportDoneStep({ report, onImportAnother }: Props) {
  const { t } = useTranslation();
  const counts = useImportCounts();
  return (
    <>
      <h2 id={RESULT_HEADING_ID} className="focus-target" tabIndex={-1} aria-describedby="import-done-summary">
        {t('supplierImport.doneHeading')}
      </h2>
      <div id="import-done-summary">
        <Alert variant="success" live={false} heading={counts(report, 'done')}>
          <p>{t('supplierImport.doneText')}</p>
        </Alert>
      </div>
      <div className="button-row">
        <Link to="/leverandoerer" className="button button-primary">
          {t('supplierImport.toList')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onImportAnother}>
          {t('supplierImport.importAnother')}
        </button>
      </div>
    </>
  );
}
