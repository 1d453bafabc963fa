import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DebouncedTextField } from '../../components/DebouncedTextField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { DEFAULT_STATUS, type InvoiceSearch, KINDS, SEVERITIES, STATUSES } from './invoiceSearch.ts';

type Props = { search: InvoiceSearch; onChange: (change: Partial<InvoiceSearch>) => void };

/** The inbox's search and filters; every change goes to the address at once (text after a short pause). */
export function InvoiceFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <search className="list-filters" aria-label={t('invoices.filters.label')}>
      <DebouncedTextField
        id="invoice-search"
        label={t('invoices.filters.q')}
        type="search"
        autoComplete="off"
        maxLength={100}
        value={search.q}
        onCommit={(q) => onChange({ q })}
      />
      <SelectField
        id="invoice-status-filter"
        label={t('invoices.filters.status')}
        value={search.status ?? DEFAULT_STATUS}
        onChange={(e) => {
          const status = STATUSES.find((s) => s === e.target.value);
          onChange({ status: status === DEFAULT_STATUS ? undefined : status });
        }}
        options={STATUSES.map((s) => ({ value: s, label: t(`invoices.filters.statuses.${s}`) }))}
      />
      <SelectField
        id="invoice-severity-filter"
        label={t('invoices.filters.severity')}
        value={search.severity ?? ''}
        onChange={(e) => onChange({ severity: SEVERITIES.find((s) => s === e.target.value) })}
        options={[
          { value: '', label: t('invoices.filters.anySeverity') },
          ...SEVERITIES.map((s) => ({ value: s, label: t(`invoices.filters.severities.${s}`) })),
        ]}
      />
      <SelectField
        id="invoice-kind-filter"
        label={t('invoices.filters.kind')}
        value={search.kind ?? ''}
        onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) })}
        options={[
          { value: '', label: t('invoices.filters.anyKind') },
          ...KINDS.map((k) => ({ value: k, label: t(`invoices.filters.kinds.${k}`) })),
        ]}
      />
      <CheckboxField
        id="invoice-outside-filter"
        label={t('invoices.filters.outsideContract')}
        hint={t('invoices.filters.outsideContractHint')}
        checked={search.outsideContract === true}
        onChange={(e) => onChange({ outsideContract: e.target.checked ? true : undefined })}
      />
    </search>
  );
}
