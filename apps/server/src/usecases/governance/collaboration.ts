import type * as Api from '@overblik/api';
import { DEFAULT_COLLABORATION_LEVELS } from '@overblik/core';
import {
  type CollaborationLevelRow,
  type CollaborationParticipantView,
  type Executor,
  findByKey,
  getContract,
  insertAudited,
  listCollaborationLevels,
  listCollaborationParticipants,
  listGovernanceBodies,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { supplierOrThrow } from '../suppliers/suppliers.js';
import { blankToNull } from '../text.js';
import { requireMember } from './governance-bodies.js';
import { removeLevel, removeParticipant } from './remove-collaboration.js';

/**
 * A supplier's collaboration organisation (samarbejdsorganisation), or one of its contracts' when the organisation
 * keeps one per contract: ordered levels (0 the top), the people of both sides at each, the forum and its
 * frequency, and the escalation path (each level's time limit to the next level up; from the top to a body).
 */

function presentParticipant(p: CollaborationParticipantView): Api.CollaborationParticipant {
  return {
    id: p.id,
    levelId: p.levelId,
    side: p.userId !== null ? 'ours' : 'theirs',
    userId: p.userId,
    contactId: p.contactId,
    name: p.name ?? '',
    email: p.email,
    role: p.role,
  };
}

async function presentLevels(
  db: Executor,
  organisationId: string,
  levels: readonly CollaborationLevelRow[],
): Promise<Api.CollaborationLevel[]> {
  const participants = await listCollaborationParticipants(db, organisationId, { levelIds: levels.map((l) => l.id) });
  const bodies = new Map((await listGovernanceBodies(db, organisationId)).map((b) => [b.id, b.name]));
  return levels.map((l) => ({
    id: l.id,
    supplierId: l.supplierId,
    contractId: l.contractId,
    position: l.position,
    name: l.name,
    forum: l.forum,
    meetingsPerYear: l.meetingsPerYear,
    escalationDays: l.escalationDays,
    escalationBodyId: l.escalationBodyId,
    escalationBodyName: l.escalationBodyId ? (bodies.get(l.escalationBodyId) ?? null) : null,
    participants: participants.filter((p) => p.levelId === l.id).map(presentParticipant),
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
  }));
}

async function organisationOf(
  db: Executor,
  organisationId: string,
  supplierId: string,
  contractId: string | null,
): Promise<Api.CollaborationOrganisation> {
  const levels = await listCollaborationLevels(db, organisationId, { supplierId, contractId });
  const all = await listCollaborationLevels(db, organisationId, { supplierId });
  const contractIds = [...new Set(all.map((l) => l.contractId).filter((id): id is string => id !== null))];
  const contractsWithOwn: Api.CollaborationOrganisation['contractsWithOwn'] = [];
  for (const id of contractIds) {
    const contract = await getContract(db, organisationId, id);
    if (contract) contractsWithOwn.push({ id, name: `${contract.number} ${contract.name}` });
  }
  return { supplierId, contractId, levels: await presentLevels(db, organisationId, levels), contractsWithOwn };
}

/** The contract, when one is named, must be the supplier's. */
async function checkContract(db: Executor, organisationId: string, supplierId: string, contractId: string | null | undefined) {
  if (!contractId) return null;
  const contract = await getContract(db, organisationId, contractId);
  if (!contract || contract.supplierId !== supplierId) throw invalidFields({ field: '/contractId', code: 'unknown_reference' });
  return contractId;
}

async function checkBody(db: Executor, organisationId: string, bodyId: string | null | undefined) {
  if (!bodyId) return;
  if (!(await findByKey(db, 'governanceBodies', { id: bodyId, organisationId })))
    throw invalidFields({ field: '/escalationBodyId', code: 'unknown_reference' });
}

export async function getCollaboration(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  query: Api.CollaborationQuery,
): Promise<Api.CollaborationOrganisation> {
  requireOrganisation(caller, 'read', organisationId);
  await supplierOrThrow(deps.db, organisationId, supplierId);
  const contractId = await checkContract(deps.db, organisationId, supplierId, query.contractId);
  return organisationOf(deps.db, organisationId, supplierId, contractId);
}

/** The default levels (strategisk, taktisk, operationelt) in the caller's language, when there are none yet. */
export async function createDefaultLevels(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  input: Api.DefaultLevelsRequest,
  locale: Locale,
): Promise<Api.CollaborationOrganisation> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, organisationId, supplierId);
    const contractId = await checkContract(trx, organisationId, supplierId, input.contractId);
    if ((await listCollaborationLevels(trx, organisationId, { supplierId, contractId })).length === 0) {
      const now = deps.clock.now().toISOString();
      for (const [position, level] of DEFAULT_COLLABORATION_LEVELS.entries()) {
        await insertAudited(trx, caller.audit, 'collaborationLevels', {
          id: crypto.randomUUID(),
          organisationId,
          supplierId,
          contractId,
          position,
          name: level[locale],
          forum: null,
          meetingsPerYear: null,
          escalationDays: null,
          escalationBodyId: null,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    return organisationOf(trx, organisationId, supplierId, contractId);
  });
}

/** A new level at the bottom of the supplier's (or contract's) collaboration organisation. */
export async function createLevel(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  input: Api.CreateLevelRequest,
): Promise<Api.CollaborationLevel> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, organisationId, supplierId);
    const contractId = await checkContract(trx, organisationId, supplierId, input.contractId);
    await checkBody(trx, organisationId, input.escalationBodyId);
    const levels = await listCollaborationLevels(trx, organisationId, { supplierId, contractId });
    const now = deps.clock.now().toISOString();
    const row = await insertAudited(trx, caller.audit, 'collaborationLevels', {
      id: crypto.randomUUID(),
      organisationId,
      supplierId,
      contractId,
      position: levels.length,
      name: input.name.trim(),
      forum: blankToNull(input.forum ?? null),
      meetingsPerYear: input.meetingsPerYear ?? null,
      escalationDays: input.escalationDays ?? null,
      escalationBodyId: input.escalationBodyId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    return (await presentLevels(trx, organisationId, [row]))[0] as Api.CollaborationLevel;
  });
}

async function levelOrThrow(db: Executor, organisationId: string, supplierId: string, levelId: string) {
  const level = await findByKey(db, 'collaborationLevels', { id: levelId, organisationId });
  if (!level || level.supplierId !== supplierId) throw new AppError('collaboration_level_not_found');
  return level;
}

/** Numbers the levels 0, 1, 2 … in the order given (audited where a position changes). */
async function renumber(trx: Executor, caller: Caller, organisationId: string, levels: readonly CollaborationLevelRow[]) {
  for (const [position, level] of levels.entries()) {
    if (level.position !== position)
      await updateAudited(trx, caller.audit, 'collaborationLevels', { id: level.id, organisationId }, { position });
  }
}

export async function updateLevel(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  levelId: string,
  input: Api.UpdateLevelRequest,
): Promise<Api.CollaborationLevel> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const level = await levelOrThrow(trx, organisationId, supplierId, levelId);
    await checkBody(trx, organisationId, input.escalationBodyId);
    const { position, ...rest } = input;
    if (position !== undefined) {
      const others = (await listCollaborationLevels(trx, organisationId, { supplierId, contractId: level.contractId })).filter(
        (l) => l.id !== levelId,
      );
      others.splice(Math.min(position, others.length), 0, level);
      await renumber(trx, caller, organisationId, others);
    }
    const patch = {
      ...(rest.name !== undefined && { name: rest.name.trim() }),
      ...(rest.forum !== undefined && { forum: blankToNull(rest.forum) }),
      ...(rest.meetingsPerYear !== undefined && { meetingsPerYear: rest.meetingsPerYear }),
      ...(rest.escalationDays !== undefined && { escalationDays: rest.escalationDays }),
      ...(rest.escalationBodyId !== undefined && { escalationBodyId: rest.escalationBodyId }),
    };
    if (Object.keys(patch).length > 0)
      await updateAudited(trx, caller.audit, 'collaborationLevels', { id: levelId, organisationId }, patch);
    const row = await levelOrThrow(trx, organisationId, supplierId, levelId);
    return (await presentLevels(trx, organisationId, [row]))[0] as Api.CollaborationLevel;
  });
}

export async function deleteLevel(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  levelId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const level = await levelOrThrow(trx, organisationId, supplierId, levelId);
    await removeLevel(trx, caller, organisationId, levelId);
    await renumber(
      trx,
      caller,
      organisationId,
      await listCollaborationLevels(trx, organisationId, { supplierId, contractId: level.contractId }),
    );
  });
}

export async function addParticipant(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  levelId: string,
  input: Api.AddParticipantRequest,
): Promise<Api.CollaborationParticipant> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await levelOrThrow(trx, organisationId, supplierId, levelId);
    const userId = input.userId ?? null;
    const contactId = input.contactId ?? null;
    if ((userId === null) === (contactId === null)) throw invalidFields({ field: '/userId', code: 'one_participant' });
    if (userId !== null) await requireMember(trx, organisationId, userId);
    if (contactId !== null) {
      const contact = await findByKey(trx, 'supplierContacts', { id: contactId, organisationId });
      if (!contact || contact.supplierId !== supplierId) throw invalidFields({ field: '/contactId', code: 'unknown_reference' });
    }
    const now = deps.clock.now().toISOString();
    const id = crypto.randomUUID();
    await insertAudited(trx, caller.audit, 'collaborationParticipants', {
      id,
      organisationId,
      levelId,
      userId,
      contactId,
      role: blankToNull(input.role ?? null),
      createdAt: now,
      updatedAt: now,
    });
    return participantOrThrow(trx, organisationId, levelId, id);
  });
}

export async function updateParticipant(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  levelId: string,
  participantId: string,
  input: Api.UpdateParticipantRequest,
): Promise<Api.CollaborationParticipant> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await levelOrThrow(trx, organisationId, supplierId, levelId);
    await participantOrThrow(trx, organisationId, levelId, participantId);
    await updateAudited(
      trx,
      caller.audit,
      'collaborationParticipants',
      { id: participantId, organisationId },
      { role: blankToNull(input.role) },
    );
    return participantOrThrow(trx, organisationId, levelId, participantId);
  });
}

export async function deleteParticipant(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  levelId: string,
  participantId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await levelOrThrow(trx, organisationId, supplierId, levelId);
    await participantOrThrow(trx, organisationId, levelId, participantId);
    await removeParticipant(trx, caller, organisationId, participantId);
  });
}

async function participantOrThrow(db: Executor, organisationId: string, levelId: string, participantId: string) {
  const found = (await listCollaborationParticipants(db, organisationId, { levelIds: [levelId] })).find(
    (p) => p.id === participantId,
  );
  if (!found) throw new AppError('participant_not_found');
  return presentParticipant(found);
}
