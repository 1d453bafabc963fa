import { cvrProblem } from '../identifiers/cvr.js';

export type SupplierIdentity = { country: string; cvr: string | null; foreignId: string | null };

export type SupplierIdentityProblem =
  | { field: 'cvr'; problem: 'required' | 'format' | 'checksum' | 'not_for_foreign' }
  | { field: 'country'; problem: 'format' };

/**
 * A Danish supplier (country DK) is identified by its CVR number, which must pass the modulus-11 check;
 * a foreign supplier has a country and, instead of a CVR number, its own registration or VAT id.
 */
export function supplierIdentityProblems(identity: SupplierIdentity): SupplierIdentityProblem[] {
  if (!/^[A-Z]{2}$/.test(identity.country)) return [{ field: 'country', problem: 'format' }];
  if (identity.country !== 'DK') return identity.cvr ? [{ field: 'cvr', problem: 'not_for_foreign' }] : [];
  if (!identity.cvr) return [{ field: 'cvr', problem: 'required' }];
  const problem = cvrProblem(identity.cvr);
  return problem ? [{ field: 'cvr', problem }] : [];
}
