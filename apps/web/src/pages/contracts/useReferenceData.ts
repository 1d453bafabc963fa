import { useQuery } from '@tanstack/react-query';
import { membersQuery } from '../../api/members.ts';
import { unitsQuery } from '../../api/organisations.ts';
import { suppliersQuery } from '../../api/suppliers.ts';
import type { Option } from '../../components/SelectField.tsx';

const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, 'da');

/** The organisation's suppliers (up to 500, by name) for choosing a contract's supplier. */
export function useSupplierChoices(organisationId: string): Option[] {
  const list = useQuery(suppliersQuery(organisationId, { sort: 'name', limit: 500 }));
  return (list.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
}

/** The organisation's units, by name. */
export function useUnitChoices(organisationId: string): Option[] {
  const list = useQuery(unitsQuery(organisationId));
  return (list.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })).sort(byName);
}

/** The organisation's members (people who can be responsible for a contract), by name. */
export function useMemberChoices(organisationId: string): Option[] {
  const list = useQuery(membersQuery(organisationId));
  return (list.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })).sort(byName);
}
