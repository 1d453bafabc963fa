import { useTranslation } from 'react-i18next';
import { DebouncedTextField } from '../../components/DebouncedTextField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { type ContractSearch, STATUSES } from './contractSearch.ts';
import { useMemberChoices, useSupplierChoices, useUnitChoices } from './useReferenceData.ts';

/** A number of days as typed in a "within N days" filter; anything else leaves the filter off. */
const daysOf = (text: string | undefined) => (text && /^\d{1,5}$/.test(text) ? Number(text) : undefined);

type Props = { organisationId: string; search: ContractSearch; onChange: (change: Partial<ContractSearch>) => void };

/** Search and filters of the contract list; every change goes to the address at once (text after a short pause). */
export function ContractFilters({ organisationId, search, onChange }: Props) {
  const { t } = useTranslation();
  const suppliers = useSupplierChoices(organisationId);
  const members = useMemberChoices(organisationId);
  const units = useUnitChoices(organisationId);
  const types = useOptionList(organisationId, 'contract_type');
  const elements = useOptionList(organisationId, 'agreement_element');
  const any = (label: string) => ({ value: '', label });

  return (
    <search className="contract-filters list-filters" aria-label={t('contracts.searchLabel')}>
      <DebouncedTextField
        id="contract-search"
        label={t('contracts.search')}
        type="search"
        autoComplete="off"
        value={search.q}
        onCommit={(q) => onChange({ q })}
      />
      <SelectField
        id="contract-supplier-filter"
        label={t('contracts.fields.supplier')}
        value={search.supplierId ?? ''}
        onChange={(e) => onChange({ supplierId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anySupplier')), ...suppliers]}
      />
      <SelectField
        id="contract-type-filter"
        label={t('contracts.fields.contractType')}
        value={search.contractType ?? ''}
        onChange={(e) => onChange({ contractType: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyType')), ...types.map((v) => ({ value: v.key, label: v.label }))]}
      />
      <SelectField
        id="contract-status-filter"
        label={t('contracts.fields.status')}
        value={search.status ?? ''}
        onChange={(e) => onChange({ status: STATUSES.find((s) => s === e.target.value) })}
        options={[
          any(t('contracts.filters.anyStatus')),
          ...STATUSES.map((s) => ({ value: s, label: t(`contracts.statuses.${s}`) })),
        ]}
      />
      <SelectField
        id="contract-responsible-filter"
        label={t('contracts.filters.responsible')}
        value={search.responsibleUserId ?? ''}
        onChange={(e) => onChange({ responsibleUserId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyPerson')), ...members]}
      />
      <SelectField
        id="contract-unit-filter"
        label={t('contracts.filters.unit')}
        value={search.unitId ?? ''}
        onChange={(e) => onChange({ unitId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyUnit')), ...units]}
      />
      <SelectField
        id="contract-element-filter"
        label={t('contracts.filters.agreementElement')}
        value={search.agreementElement ?? ''}
        onChange={(e) => onChange({ agreementElement: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyElement')), ...elements.map((v) => ({ value: v.key, label: v.label }))]}
      />
      <DebouncedTextField
        id="contract-tag-filter"
        label={t('contracts.filters.tag')}
        autoComplete="off"
        value={search.tag}
        onCommit={(tag) => onChange({ tag })}
      />
      <DebouncedTextField
        id="contract-ends-filter"
        label={t('contracts.filters.endsWithinDays')}
        hint={t('contracts.filters.endsWithinDaysHint')}
        inputMode="numeric"
        autoComplete="off"
        value={search.endsWithinDays === undefined ? undefined : String(search.endsWithinDays)}
        onCommit={(days) => onChange({ endsWithinDays: daysOf(days) })}
      />
      <DebouncedTextField
        id="contract-notice-filter"
        label={t('contracts.filters.noticeWithinDays')}
        hint={t('contracts.filters.noticeWithinDaysHint')}
        inputMode="numeric"
        autoComplete="off"
        value={search.noticeWithinDays === undefined ? undefined : String(search.noticeWithinDays)}
        onCommit={(days) => onChange({ noticeWithinDays: daysOf(days) })}
      />
    </search>
  );
}
