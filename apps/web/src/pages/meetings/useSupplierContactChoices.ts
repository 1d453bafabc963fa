import { useQuery } from '@tanstack/react-query';
import { supplierQuery } from '../../api/suppliers.ts';
import type { Option } from '../../components/SelectField.tsx';

/** The meeting's supplier's contacts to choose from (none for a meeting without a supplier, or when not `wanted`). */
export function useSupplierContactChoices(organisationId: string, supplierId: string | null, wanted: boolean): Option[] {
  const supplier = useQuery({ ...supplierQuery(organisationId, supplierId ?? ''), enabled: supplierId !== null && wanted });
  return (supplier.data?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }));
}
