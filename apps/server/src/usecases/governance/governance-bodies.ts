import type * as Api from '@overblik/api';
import { DREJEBOG_BODIES, escalationLoop, escalationsFrom } from '@overblik/core';
import {
  countBodyUses,
  deleteAudited,
  type Executor,
  findByKey,
  findMembership,
  type GovernanceBodyMemberView,
  type GovernanceBodyRow,
  insertAudited,
  listCollaborationLevels,
  listGovernanceBodies,
  listGovernanceBodyMembers,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { checkOption } from '../option-lists/option-lists.js';
import { blankToNull } from '../text.js';

/** The organisation's governance bodies (styringsorganer), who sits in them, and the Drejebog's defaults. */

const json = (text: string): string[] => JSON.parse(text) as string[];

function presentMember(m: GovernanceBodyMemberView): Api.GovernanceBodyMember {
  return {
    id: m.id,
    bodyId: m.bodyId,
    userId: m.userId,
    name: m.name,
    role: m.role,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

function presentBody(
  body: GovernanceBodyRow,
  all: readonly GovernanceBodyRow[],
  members: readonly GovernanceBodyMemberView[],
): Api.GovernanceBody {
  return {
    id: body.id,
    organisationId: body.organisationId,
    key: body.key,
    name: body.name,
    purpose: body.purpose,
    meetingsMin: body.meetingsMin,
    meetingsMax: body.meetingsMax,
    participantRoles: json(body.participantRoles),
    inputs: json(body.inputs),
    outputs: json(body.outputs),
    responsibilities: json(body.responsibilities),
    escalatesToId: body.escalatesToId,
    escalatesToText: body.escalatesToText,
    escalationFrom: escalationsFrom(all, body.id).map((b) => ({ id: b.id, name: b.name })),
    members: members.filter((m) => m.bodyId === body.id).map(presentMember),
    createdAt: body.createdAt,
    updatedAt: body.updatedAt,
  };
}

async function presentAll(db: Executor, organisationId: string): Promise<Api.GovernanceBody[]> {
  // The Drejebog's bodies in its order, then the organisation's own in the order they were made.
  const rank = (b: GovernanceBodyRow) => {
    const index = DREJEBOG_BODIES.findIndex((d) => d.key === b.key);
    return index === -1 ? DREJEBOG_BODIES.length : index;
  };
  const bodies = (await listGovernanceBodies(db, organisationId)).sort((a, b) => rank(a) - rank(b));
  const members = await listGovernanceBodyMembers(db, organisationId);
  return bodies.map((b) => presentBody(b, bodies, members));
}

export async function listBodies(deps: Deps, caller: Caller, organisationId: string): Promise<Api.GovernanceBodyList> {
  requireOrganisation(caller, 'read', organisationId);
  return { items: await presentAll(deps.db, organisationId) };
}

export async function getBody(deps: Deps, caller: Caller, organisationId: string, bodyId: string): Promise<Api.GovernanceBody> {
  requireOrganisation(caller, 'read', organisationId);
  return presentOne(deps.db, organisationId, bodyId);
}

async function presentOne(db: Executor, organisationId: string, bodyId: string): Promise<Api.GovernanceBody> {
  const body = (await presentAll(db, organisationId)).find((b) => b.id === bodyId);
  if (!body) throw new AppError('governance_body_not_found');
  return body;
}

export async function bodyOrThrow(db: Executor, organisationId: string, bodyId: string): Promise<GovernanceBodyRow> {
  const body = await findByKey(db, 'governanceBodies', { id: bodyId, organisationId });
  if (!body) throw new AppError('governance_body_not_found');
  return body;
}

type BodyValues = {
  name?: string;
  purpose?: string | null;
  meetingsMin?: number | null;
  meetingsMax?: number | null;
  participantRoles?: string;
  inputs?: string;
  outputs?: string;
  responsibilities?: string;
  escalatesToId?: string | null;
  escalatesToText?: string | null;
};

const lines = (list: readonly string[]) => JSON.stringify(list.map((l) => l.trim()).filter((l) => l !== ''));

/** A request's fields as stored (PATCH: what was left out stays out), checked against the organisation. */
async function checkedValues(
  trx: Executor,
  organisationId: string,
  bodyId: string,
  input: Api.UpdateGovernanceBodyRequest,
  current: GovernanceBodyRow | null,
): Promise<BodyValues> {
  const out: BodyValues = {};
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.purpose !== undefined) out.purpose = blankToNull(input.purpose);
  if (input.meetingsMin !== undefined) out.meetingsMin = input.meetingsMin;
  if (input.meetingsMax !== undefined) out.meetingsMax = input.meetingsMax;
  const min = out.meetingsMin !== undefined ? out.meetingsMin : (current?.meetingsMin ?? null);
  const max = out.meetingsMax !== undefined ? out.meetingsMax : (current?.meetingsMax ?? null);
  if (min !== null && max !== null && max < min) throw invalidFields({ field: '/meetingsMax', code: 'out_of_range' });
  if (input.participantRoles !== undefined) {
    const roles = [...new Set(input.participantRoles)];
    for (const [i, role] of roles.entries())
      await checkOption(trx, organisationId, 'responsibility_role', role, `/participantRoles/${i}`);
    out.participantRoles = JSON.stringify(roles);
  }
  if (input.inputs !== undefined) out.inputs = lines(input.inputs);
  if (input.outputs !== undefined) out.outputs = lines(input.outputs);
  if (input.responsibilities !== undefined) out.responsibilities = lines(input.responsibilities);
  if (input.escalatesToText !== undefined) out.escalatesToText = blankToNull(input.escalatesToText);
  if (input.escalatesToId !== undefined) {
    const target = input.escalatesToId;
    if (target !== null) {
      const bodies = await listGovernanceBodies(trx, organisationId);
      if (!bodies.some((b) => b.id === target)) throw invalidFields({ field: '/escalatesToId', code: 'unknown_reference' });
      if (escalationLoop(bodies, bodyId, target)) throw invalidFields({ field: '/escalatesToId', code: 'escalation_loop' });
    }
    out.escalatesToId = target;
  }
  return out;
}

export async function createBody(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateGovernanceBodyRequest,
): Promise<Api.GovernanceBody> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const id = crypto.randomUUID();
    const values = await checkedValues(trx, organisationId, id, input, null);
    const now = deps.clock.now().toISOString();
    await insertAudited(trx, caller.audit, 'governanceBodies', {
      id,
      organisationId,
      key: null,
      name: input.name.trim(),
      purpose: values.purpose ?? null,
      meetingsMin: values.meetingsMin ?? null,
      meetingsMax: values.meetingsMax ?? null,
      participantRoles: values.participantRoles ?? '[]',
      inputs: values.inputs ?? '[]',
      outputs: values.outputs ?? '[]',
      responsibilities: values.responsibilities ?? '[]',
      escalatesToId: values.escalatesToId ?? null,
      escalatesToText: values.escalatesToText ?? null,
      createdAt: now,
      updatedAt: now,
    });
    return presentOne(trx, organisationId, id);
  });
}

/**
 * Creates the Drejebog's six bodies in the caller's language, with their escalations to each other; a body the
 * organisation already has by key is left as it is (so the action can be repeated), and an escalation to it is kept.
 */
export async function createDrejebogBodies(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<Api.DrejebogBodiesResult> {
  requireOrganisation(caller, 'admin', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await listGovernanceBodies(trx, organisationId);
    const idOf = new Map(existing.filter((b) => b.key !== null).map((b) => [b.key as string, b.id]));
    const missing = DREJEBOG_BODIES.filter((d) => !idOf.has(d.key));
    for (const d of missing) idOf.set(d.key, crypto.randomUUID());
    const now = deps.clock.now().toISOString();
    // The bodies first, then their escalations, so a body can escalate to one created after it.
    for (const d of missing) {
      await insertAudited(trx, caller.audit, 'governanceBodies', {
        id: idOf.get(d.key) as string,
        organisationId,
        key: d.key,
        name: d.name[locale],
        purpose: d.purpose[locale],
        meetingsMin: d.meetings?.min ?? null,
        meetingsMax: d.meetings?.max ?? null,
        participantRoles: JSON.stringify(d.participantRoles),
        inputs: JSON.stringify(d.inputs[locale]),
        outputs: JSON.stringify(d.outputs[locale]),
        responsibilities: JSON.stringify(d.responsibilities[locale]),
        escalatesToId: null,
        escalatesToText: d.escalatesToText?.[locale] ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const d of missing) {
      if (d.escalatesTo === null) continue;
      const id = idOf.get(d.key) as string;
      const target = idOf.get(d.escalatesTo) as string;
      if (escalationLoop(await listGovernanceBodies(trx, organisationId), id, target)) continue;
      await updateAudited(trx, caller.audit, 'governanceBodies', { id, organisationId }, { escalatesToId: target });
    }
    return { created: missing.length, items: await presentAll(trx, organisationId) };
  });
}

export async function updateBody(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bodyId: string,
  input: Api.UpdateGovernanceBodyRequest,
): Promise<Api.GovernanceBody> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const current = await bodyOrThrow(trx, organisationId, bodyId);
    const values = await checkedValues(trx, organisationId, bodyId, input, current);
    await updateAudited(trx, caller.audit, 'governanceBodies', { id: bodyId, organisationId }, values);
    return presentOne(trx, organisationId, bodyId);
  });
}

/** Deletes a body with its members; bodies and collaboration levels that escalated to it then escalate nowhere. */
export async function deleteBody(deps: Deps, caller: Caller, organisationId: string, bodyId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await bodyOrThrow(trx, organisationId, bodyId);
    if ((await countBodyUses(trx, organisationId, bodyId)) > 0) throw new AppError('governance_body_in_use');
    for (const other of await listGovernanceBodies(trx, organisationId)) {
      if (other.escalatesToId === bodyId && other.id !== bodyId)
        await updateAudited(trx, caller.audit, 'governanceBodies', { id: other.id, organisationId }, { escalatesToId: null });
    }
    for (const level of await listCollaborationLevels(trx, organisationId, { escalationBodyId: bodyId }))
      await updateAudited(trx, caller.audit, 'collaborationLevels', { id: level.id, organisationId }, { escalationBodyId: null });
    for (const member of await listGovernanceBodyMembers(trx, organisationId, { bodyId }))
      await deleteAudited(trx, caller.audit, 'governanceBodyMembers', { id: member.id, organisationId });
    await updateAudited(trx, caller.audit, 'governanceBodies', { id: bodyId, organisationId }, { escalatesToId: null });
    await deleteAudited(trx, caller.audit, 'governanceBodies', { id: bodyId, organisationId });
  });
}

export async function addBodyMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bodyId: string,
  input: Api.AddBodyMemberRequest,
): Promise<Api.GovernanceBodyMember> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await bodyOrThrow(trx, organisationId, bodyId);
    await requireMember(trx, organisationId, input.userId);
    const members = await listGovernanceBodyMembers(trx, organisationId, { bodyId });
    if (members.some((m) => m.userId === input.userId)) throw invalidFields({ field: '/userId', code: 'already_in_body' });
    const now = deps.clock.now().toISOString();
    const id = crypto.randomUUID();
    await insertAudited(trx, caller.audit, 'governanceBodyMembers', {
      id,
      organisationId,
      bodyId,
      userId: input.userId,
      role: blankToNull(input.role ?? null),
      createdAt: now,
      updatedAt: now,
    });
    return memberOf(trx, organisationId, bodyId, id);
  });
}

export async function updateBodyMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bodyId: string,
  bodyMemberId: string,
  input: Api.UpdateBodyMemberRequest,
): Promise<Api.GovernanceBodyMember> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await memberOf(trx, organisationId, bodyId, bodyMemberId);
    await updateAudited(
      trx,
      caller.audit,
      'governanceBodyMembers',
      { id: bodyMemberId, organisationId },
      { role: blankToNull(input.role) },
    );
    return memberOf(trx, organisationId, bodyId, bodyMemberId);
  });
}

export async function removeBodyMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bodyId: string,
  bodyMemberId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await memberOf(trx, organisationId, bodyId, bodyMemberId);
    await deleteAudited(trx, caller.audit, 'governanceBodyMembers', { id: bodyMemberId, organisationId });
  });
}

async function memberOf(db: Executor, organisationId: string, bodyId: string, bodyMemberId: string) {
  const member = (await listGovernanceBodyMembers(db, organisationId, { bodyId })).find((m) => m.id === bodyMemberId);
  if (!member) throw new AppError('body_member_not_found');
  return presentMember(member);
}

/** A person named by a request must be a member of the organisation. */
export async function requireMember(db: Executor, organisationId: string, userId: string, field = '/userId') {
  if (!(await findMembership(db, organisationId, userId))) throw invalidFields({ field, code: 'not_a_member' });
}
