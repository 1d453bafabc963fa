import type * as Api from '@overblik/api';
import { deleteAudited, findByKey, insertAudited, updateAudited } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { removeCollaborationOf } from '../governance/remove-collaboration.js';
import { present } from '../present.js';
import { indexContact, unindex } from '../search/search-index.js';
import { blankFieldsToNull, blankToNull } from '../text.js';
import { supplierOrThrow } from './suppliers.js';

export async function addContact(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  input: Api.CreateContactRequest,
): Promise<Api.Contact> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, organisationId, supplierId);
    const now = deps.clock.now().toISOString();
    const row = await insertAudited(trx, caller.audit, 'supplierContacts', {
      id: crypto.randomUUID(),
      organisationId,
      supplierId,
      name: input.name.trim(),
      role: blankToNull(input.role ?? null),
      email: blankToNull(input.email ?? null),
      phone: blankToNull(input.phone ?? null),
      createdAt: now,
      updatedAt: now,
    });
    await indexContact(trx, row);
    return present.contact(row);
  });
}

export async function updateContact(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  contactId: string,
  input: Api.UpdateContactRequest,
): Promise<Api.Contact> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await contactOrThrow(trx, organisationId, supplierId, contactId);
    const row = await updateAudited(
      trx,
      caller.audit,
      'supplierContacts',
      { id: contactId, organisationId },
      blankFieldsToNull(input),
    );
    if (!row) throw new AppError('contact_not_found');
    await indexContact(trx, row);
    return present.contact(row);
  });
}

export async function removeContact(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  contactId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await contactOrThrow(trx, organisationId, supplierId, contactId);
    await removeCollaborationOf(trx, caller, organisationId, { contactId });
    await deleteAudited(trx, caller.audit, 'supplierContacts', { id: contactId, organisationId });
    await unindex(trx, organisationId, 'contact', contactId);
  });
}

async function contactOrThrow(
  trx: Parameters<typeof findByKey>[0],
  organisationId: string,
  supplierId: string,
  contactId: string,
) {
  const contact = await findByKey(trx, 'supplierContacts', { id: contactId, organisationId });
  if (!contact || contact.supplierId !== supplierId) throw new AppError('contact_not_found');
  return contact;
}
