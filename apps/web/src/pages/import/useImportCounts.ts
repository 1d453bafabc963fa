import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ImportCounts } from './importSubject.ts';

/** "3 oprettes, 1 opdateres, 2 uændrede" for a plan, or "3 oprettet, 1 opdateret, 2 uændrede" once done. */
export function useImportCounts(): (counts: ImportCounts, when: 'planned' | 'done') => string {
  const { t } = useTranslation();
  const format = useFormat();
  return ({ created, updated, unchanged }, when) => {
    const [create, update] =
      when === 'planned' ? ['import.planCreate', 'import.planUpdate'] : ['import.doneCreated', 'import.doneUpdated'];
    return [
      t(create, { count: created, n: format.number(created) }),
      t(update, { count: updated, n: format.number(updated) }),
      t('import.unchanged', { count: unchanged, n: format.number(unchanged) }),
    ].join(', ');
  };
}
