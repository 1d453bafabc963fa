import type { ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = {
  units: NonNullable<ImportReport['missingUnits']>;
  /** Only an administrator may create units; others are told who can. */
  canCreate: boolean;
  create: boolean;
  checking: boolean;
  onCreate: (create: boolean) => void;
};

/**
 * The units the file names that the organisation lacks, with the rows naming them, and the choice to let the
 * import create them (at the top of the unit tree, in the same all-or-nothing import).
 */
export function MissingUnits({ units, canCreate, create, checking, onCreate }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert variant="warning" live={false} heading={t('import.missingUnits.heading', { count: units.length })}>
      <ul>
        {units.map((u) => (
          <li key={u.name}>
            {t('import.missingUnits.unit', {
              name: u.name,
              sheet: u.sheet,
              count: u.rows.length,
              rows: u.rows.map((r) => format.number(r)).join(', '),
            })}
          </li>
        ))}
      </ul>
      {canCreate ? (
        <CheckboxField
          id="import-create-units"
          label={t('import.missingUnits.create', { count: units.length })}
          hint={t('import.missingUnits.createHint', { count: units.length })}
          checked={create}
          disabled={checking}
          onChange={(e) => onCreate(e.target.checked)}
        />
      ) : (
        <p>{t('import.missingUnits.adminOnly')}</p>
      )}
    </Alert>
  );
}
