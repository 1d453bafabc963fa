import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { useSupplierChoices } from './useReferenceData.ts';

type Props = {
  organisationId: string;
  id: string;
  value: string;
  onChange: (supplierId: string) => void;
  /** The supplier's name as the contract knows it, in case it is not among the suppliers listed. */
  currentName?: string | null | undefined;
  error?: string | undefined;
};

export function SupplierField({ organisationId, id, value, onChange, currentName, error }: Props) {
  const { t } = useTranslation();
  const suppliers = useSupplierChoices(organisationId);
  const kept = value && !suppliers.some((s) => s.value === value) ? [{ value, label: currentName ?? value }] : [];
  return (
    <SelectField
      id={id}
      label={t('contracts.fields.supplier')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={[{ value: '', label: t('contracts.noSupplier') }, ...kept, ...suppliers]}
      error={error}
    />
  );
}
