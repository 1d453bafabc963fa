import type * as Api from '@overblik/api';
import type { Executor } from '@overblik/db';
import { type AuditRecord, type EntityType, isEntityType, type NameRequest, nameAuditObjects, nameKey } from '@overblik/db';

/** Fields of a change whose values are ids of other objects, and what they are; by entity where a name means two things. */
const REFERENCE_FIELDS: Readonly<Record<string, readonly EntityType[]>> = {
  contractId: ['contract'],
  assignedContractId: ['contract'],
  matchedContractId: ['contract'],
  supplierId: ['supplier'],
  matchedSupplierId: ['supplier'],
  unitId: ['unit'],
  responsibleUnitId: ['unit'],
  matchedUnitId: ['unit'],
  payingUnitIds: ['unit'],
  userId: ['user'],
  responsibleUserId: ['user'],
  doneByUserId: ['user'],
  decidedByUserId: ['user'],
  invitedByUserId: ['user'],
  createdByUserId: ['user'],
  documentId: ['document'],
  priceElementId: ['price_element'],
  activityId: ['activity'],
  projectId: ['cost_project'],
  importId: ['population_import'],
  duplicateOfId: ['invoice'],
  memberOrganisationId: ['organisation'],
  meetingId: ['meeting'],
  contactId: ['supplier_contact'],
  responsibleContactId: ['supplier_contact'],
  agendaItemId: ['meeting_agenda_item'],
  minutesDocumentId: ['document'],
};
const REFERENCE_FIELDS_BY_ENTITY: Readonly<Record<string, Readonly<Record<string, readonly EntityType[]>>>> = {
  unit: { parentId: ['unit'] },
  contract: { parentId: ['contract'] },
};
/** What an event's context (`contextId`) can be: the contract, supplier or cost project the object belongs to. */
const PARENTS: readonly EntityType[] = ['contract', 'supplier', 'cost_project'];

/** The ids a change's value holds: an id, a list of ids, or items naming a person (`{ role, userId }`). */
function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (typeof value === 'object' && value !== null && typeof (value as { userId?: unknown }).userId === 'string')
    return [(value as { userId: string }).userId];
  return [];
}

function referenceFieldsOf(event: AuditRecord): Array<{ types: readonly EntityType[]; ids: string[] }> {
  const byEntity = REFERENCE_FIELDS_BY_ENTITY[event.entityType] ?? {};
  return Object.entries(event.changes).flatMap(([field, change]) => {
    const types = byEntity[field] ?? REFERENCE_FIELDS[field] ?? (field === 'responsibilities' ? ['user'] : undefined);
    return types ? [{ types, ids: [...idsIn(change.before), ...idsIn(change.after)] }] : [];
  });
}

/**
 * A page of audit events as the API answers them: each with the object it concerns and the objects its changes
 * refer to named in words, and its person and token by name. Every name is looked up for the page at once.
 */
export async function namedAuditEvents(db: Executor, events: readonly AuditRecord[]): Promise<Api.AuditEvent[]> {
  const requests: NameRequest[] = [];
  for (const e of events) {
    const org = e.organisationId;
    if (isEntityType(e.entityType)) requests.push({ organisationId: org, types: [e.entityType], id: e.entityId });
    if (e.contextId) requests.push({ organisationId: org, types: PARENTS, id: e.contextId });
    for (const { types, ids } of referenceFieldsOf(e)) for (const id of ids) requests.push({ organisationId: org, types, id });
    if (e.actorUserId) requests.push({ organisationId: org, types: ['user'], id: e.actorUserId });
    if (e.actorTokenId) requests.push({ organisationId: org, types: ['api_token'], id: e.actorTokenId });
  }
  const names = await nameAuditObjects(db, requests);
  const named = (org: string | null, id: string, type: string): Api.AuditObject =>
    names.get(nameKey(org, id)) ?? { type, id, name: null, deleted: false };
  return events.map((e) => {
    const org = e.organisationId;
    const references: Record<string, Api.AuditObject> = {};
    for (const { types, ids } of referenceFieldsOf(e))
      for (const id of ids) references[id] = named(org, id, types[0] ?? 'unknown');
    return {
      id: e.id,
      organisationId: org,
      occurredAt: e.occurredAt,
      actor: {
        type: e.actorType,
        userId: e.actorUserId,
        tokenId: e.actorTokenId,
        name: e.actorName,
        personName: e.actorUserId ? (names.get(nameKey(org, e.actorUserId))?.name ?? null) : null,
        tokenName: e.actorTokenId ? (names.get(nameKey(org, e.actorTokenId))?.name ?? null) : null,
      },
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      subject: {
        ...named(org, e.entityId, e.entityType),
        parent: e.contextId ? named(org, e.contextId, 'contract') : null,
      },
      references,
      changes: e.changes,
      requestId: e.requestId,
    };
  });
}
