import type { EscalationRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

export type EscalationView = EscalationRow & { supplierName: string | null; bodyName: string | null };

/** The organisation's escalations, newest first: all, one, a supplier's, or those sent to a governance body. */
export async function listEscalations(
  db: Executor,
  organisationId: string,
  filter: { id?: string; supplierId?: string; toBodyId?: string; status?: 'open' | 'resolved' } = {},
): Promise<EscalationView[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('escalations')
    .leftJoin('suppliers', 'suppliers.id', 'escalations.supplierId')
    .leftJoin('governanceBodies', (join) =>
      join.onRef('governanceBodies.id', '=', 'escalations.toBodyId').on('governanceBodies.organisationId', '=', organisationId),
    )
    .selectAll('escalations')
    .select(['suppliers.name as supplierName', 'governanceBodies.name as bodyName']);
  if (filter.id) query = query.where('escalations.id', '=', filter.id);
  if (filter.supplierId) query = query.where('escalations.supplierId', '=', filter.supplierId);
  if (filter.toBodyId) query = query.where('escalations.toBodyId', '=', filter.toBodyId);
  if (filter.status) query = query.where('escalations.status', '=', filter.status);
  return query.orderBy('escalations.raisedOn', 'desc').orderBy('escalations.createdAt', 'desc').execute();
}

/** The meetings whose agenda took each escalation (agenda items of the source `escalations`). */
export async function escalationAgendaMeetings(db: Executor, organisationId: string, escalationIds: readonly string[]) {
  if (escalationIds.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('meetingAgendaItems')
    .innerJoin('meetings', 'meetings.id', 'meetingAgendaItems.meetingId')
    .select(['meetingAgendaItems.reference', 'meetings.id as meetingId', 'meetings.title', 'meetings.heldOn', 'meetings.status'])
    .where('meetingAgendaItems.source', '=', 'escalations')
    .where('meetingAgendaItems.reference', 'in', [...escalationIds])
    .orderBy('meetings.heldOn')
    .execute();
}

/** How many meetings and open escalations name a governance body (it cannot be deleted while any do). */
export async function countBodyUses(db: Executor, organisationId: string, bodyId: string): Promise<number> {
  const [meetings, escalations] = await Promise.all([
    forOrganisation(db, organisationId)
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('governanceBodyId', '=', bodyId)
      .executeTakeFirstOrThrow(),
    forOrganisation(db, organisationId)
      .selectFrom('escalations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('toBodyId', '=', bodyId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow(),
  ]);
  return Number(meetings.n) + Number(escalations.n);
}
