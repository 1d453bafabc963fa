import type { ImportReport } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { CreatedAlongside } from './CreatedAlongside.tsx';
import { RESULT_HEADING_ID } from './importFocus.ts';
import type { ImportSubject } from './importSubject.ts';
import { useImportCounts } from './useImportCounts.ts';

type Props = { subject: ImportSubject; report: ImportReport; onImportAnother: () => void };

/** Step 3: the import is written; what it did, and the way back to the list. */
export function ImportDoneStep({ subject, report, onImportAnother }: Props) {
  const { t } = useTranslation();
  const counts = useImportCounts();
  return (
    <>
      <h2 id={RESULT_HEADING_ID} className="focus-target" tabIndex={-1} aria-describedby="import-done-summary">
        {t('import.doneHeading')}
      </h2>
      <div id="import-done-summary">
        <Alert variant="success" live={false} heading={counts(report, 'done')}>
          <CreatedAlongside report={report} when="done" />
          <p>{t('import.doneText')}</p>
        </Alert>
      </div>
      <div className="button-row">
        <Link to={subject.listPath} className="button button-primary">
          {t(`${subject.texts}.toList`)}
        </Link>
        <button type="button" className="button button-secondary" onClick={onImportAnother}>
          {t('import.importAnother')}
        </button>
      </div>
    </>
  );
}
