import { deleteAudited, type Executor, listCollaborationLevels, listCollaborationParticipants } from '@overblik/db';
import type { Caller } from '../../context.js';

/**
 * Removing collaboration levels and participants, apart from collaboration.ts: the supplier, contact and contract
 * use cases remove what belongs to what they delete, and collaboration.ts looks suppliers up, so one module would
 * make a cycle. Every deletion is audited.
 */

export async function removeParticipant(trx: Executor, caller: Caller, organisationId: string, participantId: string) {
  await deleteAudited(trx, caller.audit, 'collaborationParticipants', { id: participantId, organisationId });
}

export async function removeLevel(trx: Executor, caller: Caller, organisationId: string, levelId: string) {
  for (const p of await listCollaborationParticipants(trx, organisationId, { levelIds: [levelId] }))
    await removeParticipant(trx, caller, organisationId, p.id);
  await deleteAudited(trx, caller.audit, 'collaborationLevels', { id: levelId, organisationId });
}

/** What a deleted supplier, contract or supplier contact leaves in collaboration organisations. */
export async function removeCollaborationOf(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  of: { supplierId: string } | { contractId: string } | { contactId: string },
) {
  if ('contactId' in of) {
    for (const p of await listCollaborationParticipants(trx, organisationId, { contactId: of.contactId }))
      await removeParticipant(trx, caller, organisationId, p.id);
    return;
  }
  for (const level of await listCollaborationLevels(trx, organisationId, of))
    await removeLevel(trx, caller, organisationId, level.id);
}
