import type {
  CentralRoleRow,
  CollaborationLevelRow,
  CollaborationParticipantRow,
  GovernanceBodyMemberRow,
  GovernanceBodyRow,
} from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** Governance bodies, collaboration organisations and central roles (supplier management, issue 18). */

export async function listGovernanceBodies(db: Executor, organisationId: string): Promise<GovernanceBodyRow[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('governanceBodies')
    .selectAll()
    .orderBy('createdAt')
    .orderBy('name')
    .execute();
}

export type GovernanceBodyMemberView = GovernanceBodyMemberRow & { name: string; email: string };

export async function listGovernanceBodyMembers(
  db: Executor,
  organisationId: string,
  filter: { bodyId?: string; userId?: string } = {},
): Promise<GovernanceBodyMemberView[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('governanceBodyMembers')
    .innerJoin('users', 'users.id', 'governanceBodyMembers.userId')
    .selectAll('governanceBodyMembers')
    .select(['users.name', 'users.email']);
  if (filter.bodyId) query = query.where('governanceBodyMembers.bodyId', '=', filter.bodyId);
  if (filter.userId) query = query.where('governanceBodyMembers.userId', '=', filter.userId);
  return query.orderBy('users.name').execute();
}

/** A supplier's collaboration levels: of the supplier itself (contractId null) or of one of its contracts. */
export async function listCollaborationLevels(
  db: Executor,
  organisationId: string,
  filter: { supplierId?: string; contractId?: string | null; escalationBodyId?: string; ids?: readonly string[] },
): Promise<CollaborationLevelRow[]> {
  let query = forOrganisation(db, organisationId).selectFrom('collaborationLevels').selectAll();
  if (filter.supplierId) query = query.where('supplierId', '=', filter.supplierId);
  if (filter.contractId === null) query = query.where('contractId', 'is', null);
  else if (filter.contractId) query = query.where('contractId', '=', filter.contractId);
  if (filter.escalationBodyId) query = query.where('escalationBodyId', '=', filter.escalationBodyId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  return query.orderBy('position').orderBy('createdAt').execute();
}

export type CollaborationParticipantView = CollaborationParticipantRow & {
  name: string | null;
  email: string | null;
};

export async function listCollaborationParticipants(
  db: Executor,
  organisationId: string,
  filter: { levelIds?: readonly string[]; userId?: string; contactId?: string },
): Promise<CollaborationParticipantView[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('collaborationParticipants')
    .leftJoin('users', 'users.id', 'collaborationParticipants.userId')
    .leftJoin('supplierContacts', 'supplierContacts.id', 'collaborationParticipants.contactId')
    .selectAll('collaborationParticipants')
    .select((eb) => [
      eb.fn.coalesce('users.name', 'supplierContacts.name').as('name'),
      eb.fn.coalesce('users.email', 'supplierContacts.email').as('email'),
    ]);
  if (filter.levelIds) {
    if (filter.levelIds.length === 0) return [];
    query = query.where('collaborationParticipants.levelId', 'in', filter.levelIds);
  }
  if (filter.userId) query = query.where('collaborationParticipants.userId', '=', filter.userId);
  if (filter.contactId) query = query.where('collaborationParticipants.contactId', '=', filter.contactId);
  return query.orderBy('collaborationParticipants.createdAt').execute();
}

export type CentralRoleView = CentralRoleRow & { name: string; unitName: string | null };

export async function listCentralRoles(
  db: Executor,
  organisationId: string,
  filter: { userId?: string; role?: string } = {},
): Promise<CentralRoleView[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('centralRoles')
    .innerJoin('users', 'users.id', 'centralRoles.userId')
    .leftJoin('units', 'units.id', 'centralRoles.unitId')
    .selectAll('centralRoles')
    .select(['users.name', 'units.name as unitName']);
  if (filter.userId) query = query.where('centralRoles.userId', '=', filter.userId);
  if (filter.role) query = query.where('centralRoles.role', '=', filter.role);
  return query.orderBy('centralRoles.role').orderBy('users.name').execute();
}

/** The contracts a person holds a role on, with the contract's supplier. */
export async function listResponsibilitiesOfPeople(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('contractResponsibilities')
    .innerJoin('contracts', 'contracts.id', 'contractResponsibilities.contractId')
    .leftJoin('suppliers', 'suppliers.id', 'contracts.supplierId')
    .select([
      'contractResponsibilities.userId',
      'contractResponsibilities.role',
      'contracts.id as contractId',
      'contracts.number as contractNumber',
      'contracts.name as contractName',
      'contracts.supplierId',
      'suppliers.name as supplierName',
    ])
    .orderBy('contracts.number')
    .execute();
}

/** Open activities with a responsible person, soonest first. */
export async function listOpenActivitiesOfPeople(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('activities')
    .select(['id', 'type', 'title', 'dueOn', 'contractId', 'supplierId', 'responsibleUserId'])
    .where('status', '=', 'open')
    .where('responsibleUserId', 'is not', null)
    .orderBy('dueOn')
    .execute();
}
