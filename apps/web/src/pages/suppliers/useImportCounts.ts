import type { ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

type Counts = Pick<ImportReport, 'created' | 'updated' | 'unchanged'>;

/** "3 oprettes, 1 opdateres, 2 uændrede" for a plan, or "3 oprettet, 1 opdateret, 2 uændrede" once done. */
export function useImportCounts(): (counts: Counts, when: 'planned' | 'done') => string {
  const { t } = useTranslation();
  const format = useFormat();
  return ({ created, updated, unchanged }, when) => {
    const [create, update] =
      when === 'planned'
        ? ['supplierImport.planCreate', 'supplierImport.planUpdate']
        : ['supplierImport.doneCreated', 'supplierImport.doneUpdated'];
    return [
      t(create, { count: created, n: format.number(created) }),
      t(update, { count: updated, n: format.number(updated) }),
      t('supplierImport.unchanged', { count: unchanged, n: format.number(unchanged) }),
    ].join(', ');
  };
}
