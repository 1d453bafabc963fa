import { type Actor, isSystemAdmin, may, type Permission } from '@overblik/core';
import { type Executor, getOrganisation } from '@overblik/db';
import type { Caller } from '../context.js';
import { AppError } from '../errors/app-error.js';

/**
 * The first line of every use case that touches an organisation's data. An organisation the caller
 * cannot read at all answers 404 (its existence is not confirmed); one it can read but not change, 403.
 */
export function requireOrganisation(caller: Caller, permission: Permission, organisationId: string): void {
  if (!may(caller.actor, 'read', organisationId)) throw new AppError('organisation_not_found');
  if (!may(caller.actor, permission, organisationId)) throw new AppError('forbidden');
}

export function requireSystemAdmin(caller: Caller): void {
  if (caller.actor.kind === 'token') throw new AppError('token_not_allowed');
  if (!isSystemAdmin(caller.actor)) throw new AppError('forbidden');
}

/** Managing tokens and persons needs a person at the keyboard, not a token. */
export function requirePerson(caller: Caller): Extract<Actor, { kind: 'user' }> {
  if (caller.actor.kind === 'token') throw new AppError('token_not_allowed');
  return caller.actor;
}

/** Cost-sharing projects and population imports belong to joint organisations (fællesskaber). */
export async function requireJointOrganisation(db: Executor, organisationId: string): Promise<void> {
  const organisation = await getOrganisation(db, organisationId);
  if (organisation?.kind !== 'fællesskab') throw new AppError('cost_projects_joint_only');
}

/** The name a decision is signed with: the person's name, or an API key's name with its owner's e-mail. */
export function signatureOf(caller: Caller): string {
  return caller.actor.kind === 'token' ? caller.audit.name : caller.user.name;
}
