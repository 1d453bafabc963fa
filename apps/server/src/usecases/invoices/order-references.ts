import type * as Api from '@overblik/api';
import { deleteAudited, listOrderReferences } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';

/** Order references the organisation has tied to contracts (made when a person assigns an invoice and asks to remember it). */
export async function listOrderReferenceMappings(
  deps: Deps,
  caller: Caller,
  organisationId: string,
): Promise<Api.OrderReferenceMappingList> {
  requireOrganisation(caller, 'read', organisationId);
  return { items: await listOrderReferences(deps.db, organisationId) };
}

export async function deleteOrderReference(deps: Deps, caller: Caller, organisationId: string, mappingId: string) {
  requireOrganisation(caller, 'write', organisationId);
  const deleted = await deps.db
    .transaction()
    .execute((trx) => deleteAudited(trx, caller.audit, 'invoiceOrderReferences', { id: mappingId, organisationId }));
  if (!deleted) throw new AppError('order_reference_not_found');
}
