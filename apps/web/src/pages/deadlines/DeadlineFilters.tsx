import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { useActivityTypes } from '../activities/useActivityTypes.ts';
import { useMemberChoices, useSupplierChoices, useUnitChoices } from '../contracts/useReferenceData.ts';
import type { DeadlineSearch } from './deadlineSearch.ts';

type Props = { organisationId: string; search: DeadlineSearch; onChange: (change: Partial<DeadlineSearch>) => void };

/** The deadlines page's filters (both views): type, responsible person, supplier and unit; each change goes to the address. */
export function DeadlineFilters({ organisationId, search, onChange }: Props) {
  const { t } = useTranslation();
  const types = useActivityTypes(organisationId);
  const members = useMemberChoices(organisationId);
  const suppliers = useSupplierChoices(organisationId);
  const units = useUnitChoices(organisationId);
  const any = (label: string) => ({ value: '', label });
  return (
    <search className="list-filters" aria-label={t('deadlines.filtersLabel')}>
      <SelectField
        id="deadline-type-filter"
        label={t('activities.fields.type')}
        value={search.type ?? ''}
        onChange={(e) => onChange({ type: e.target.value || undefined })}
        options={[any(t('deadlines.anyType')), ...types.values.map((v) => ({ value: v.key, label: v.label }))]}
      />
      <SelectField
        id="deadline-responsible-filter"
        label={t('activities.fields.responsible')}
        value={search.responsibleUserId ?? ''}
        onChange={(e) => onChange({ responsibleUserId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyPerson')), ...members]}
      />
      <SelectField
        id="deadline-supplier-filter"
        label={t('contracts.fields.supplier')}
        value={search.supplierId ?? ''}
        onChange={(e) => onChange({ supplierId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anySupplier')), ...suppliers]}
      />
      <SelectField
        id="deadline-unit-filter"
        label={t('contracts.filters.unit')}
        value={search.unitId ?? ''}
        onChange={(e) => onChange({ unitId: e.target.value || undefined })}
        options={[any(t('contracts.filters.anyUnit')), ...units]}
      />
    </search>
  );
}
