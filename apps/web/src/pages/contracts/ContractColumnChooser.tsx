import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './contractColumns.ts';

type Props = { columns: readonly OptionalColumn[]; onChange: (columns: OptionalColumn[]) => void; error: unknown };

/** "Vælg kolonner": a DKFDS details panel with a checkbox per column; the choice is saved for the person. */
export function ContractColumnChooser({ columns, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <details className="details contract-columns">
      <summary className="details-summary">
        <span className="details-summary-text">{t('contracts.columns.summary')}</span>
      </summary>
      <div className="details-text">
        <CheckboxGroup
          id="contract-column"
          legend={t('contracts.columns.legend')}
          hint={t('contracts.columns.hint')}
          options={OPTIONAL_COLUMNS.map((c) => ({ value: c, label: t(`contracts.columnLabels.${c}`) }))}
          values={columns}
          onChange={(values) => onChange(OPTIONAL_COLUMNS.filter((c) => values.includes(c)))}
        />
        <ErrorAlert error={error} />
      </div>
    </details>
  );
}
