import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { costProjectsKey, importPopulations, populationsKey } from '../../api/costs.ts';
import { useFormat } from '../../lib/format.ts';
import { CheckedFileImport } from '../import/CheckedFileImport.tsx';
import { PopulationImportReportView } from './PopulationImportReportView.tsx';

/**
 * "Importér indbyggertal": a file from Statistikbanken (FOLK1A, long or wide) or with kommunekode and indbyggertal
 * in columns. It is checked first (a dry run); what it holds and every error are shown, and only then imported.
 */
export function PopulationImportSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  return (
    <section aria-labelledby="population-import-heading" className="mb-7">
      <h2 id="population-import-heading">{t('costs.populations.importHeading')}</h2>
      <p>{t('costs.populations.importIntro')}</p>
      <ul>
        <li>{t('costs.populations.guideStatistikbanken')}</li>
        <li>{t('costs.populations.guideColumns')}</li>
        <li>{t('costs.populations.guideSkipped')}</li>
        <li>{t('import.guideAllOrNothing')}</li>
      </ul>
      <CheckedFileImport
        id="population-file"
        label={t('costs.populations.fileLabel')}
        run={(file, dryRun) => importPopulations(organisationId, file, dryRun)}
        count={(report) => report.figures}
        submitLabel={(count) => t('costs.populations.submit', { count, n: format.number(count) })}
        report={(report) => <PopulationImportReportView report={report} />}
        done={(report) =>
          t('costs.populations.done', {
            count: report.figures,
            n: format.number(report.figures),
            created: format.number(report.created),
            changed: format.number(report.changed),
          })
        }
        onImported={() =>
          Promise.all(
            [populationsKey(organisationId), costProjectsKey(organisationId), ['audit']].map((queryKey) =>
              queryClient.invalidateQueries({ queryKey }),
            ),
          )
        }
      />
    </section>
  );
}
