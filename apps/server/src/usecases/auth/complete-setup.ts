import type { CompleteSetupRequest, SetupInfo } from '@overblik/api';
import type { Clock } from '@overblik/core';
import {
  type AuditActor,
  countUsers,
  deleteSessionsOfUser,
  type Executor,
  expireSetupTokens,
  findUsableSetupToken,
  findUserByEmail,
  getUser,
  insertAudited,
  invitationOfLink,
  markSetupTokenUsed,
  normaliseEmail,
  systemActor,
  type User,
  updateAudited,
} from '@overblik/db';
import { hashPassword } from '../../auth/passwords.js';
import { sha256 } from '../../auth/secrets.js';
import type { Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { joinOrganisation } from '../members/invitations.js';
import { insertAdministrator } from '../members/members.js';
import { municipalityChoices, organisationChosenAtSetup } from '../organisations/organisations.js';
import { insertPerson } from '../users/create-user.js';
import { checkPassword } from './password-rules.js';
import { type StartedSession, startSession } from './start-session.js';

/**
 * What a setup link is for. An organisation's invitation says which organisation, role and inviter, and whether
 * the address already has a password (`existing`: log in and accept) or not (`new`: choose name and password);
 * the holder of the link is the holder of the mailbox it was sent to. It never gives the name of a person with an
 * account.
 */
export async function getSetupInfo(deps: Deps, token: string): Promise<SetupInfo> {
  const now = deps.clock.now();
  const setup = await findUsableSetupToken(deps.db, sha256(token), now.toISOString());
  if (!setup) throw new AppError('setup_token_invalid');
  if (setup.invitationId) {
    const invitation = await invitationOfLink(deps.db, setup.invitationId);
    if (!invitation) throw new AppError('setup_token_invalid');
    const person = await findUserByEmail(deps.db, invitation.email);
    const account = person?.passwordHash ? 'existing' : 'new';
    return {
      purpose: 'invitation',
      email: invitation.email,
      name: account === 'new' ? (person?.name ?? invitation.name) : null,
      expiresAt: setup.expiresAt,
      invitation: {
        id: invitation.id,
        organisationId: invitation.organisationId,
        organisationName: invitation.organisationName,
        role: invitation.role,
        invitedBy: invitation.invitedByName,
        account,
      },
    };
  }
  const user = setup.userId ? await getUser(deps.db, setup.userId) : undefined;
  return {
    purpose: setup.purpose,
    email: user?.email ?? null,
    name: user?.name ?? null,
    expiresAt: setup.expiresAt,
    ...(setup.purpose === 'bootstrap' && { municipalities: await municipalityChoices(deps.db) }),
    invitation: null,
  };
}

/**
 * Uses a one-time setup link: the first system administrator is created (bootstrap), an invited person sets a
 * password, a person new to Overblik accepts an organisation's invitation by choosing name and password (the
 * person and the membership are created), or a person who forgot their password chooses a new one. The link is spent in the same transaction, so it works exactly once.
 * The first administrator may name their own organisation (`organisation`): it is created if need be, and they
 * become its administrator, audited as themself; without it they belong to none (an operator's installation).
 */
export async function completeSetup(
  deps: Deps,
  input: CompleteSetupRequest,
  userAgent: string | undefined,
): Promise<StartedSession & { userId: string }> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const setup = await findUsableSetupToken(trx, sha256(input.token), now.toISOString());
    if (!setup || !(await markSetupTokenUsed(trx, setup.id, now.toISOString()))) throw new AppError('setup_token_invalid');
    let user: User | undefined;
    if (input.organisation && setup.purpose !== 'bootstrap') throw invalidFields({ field: '/organisation', code: 'not_allowed' });
    if (setup.purpose === 'bootstrap') {
      if ((await countUsers(trx)) > 0) throw new AppError('setup_complete');
      const missing = [
        ...(input.email ? [] : [{ field: '/email', code: 'required' as const }]),
        ...(input.name ? [] : [{ field: '/name', code: 'required' as const }]),
      ];
      if (!input.email || !input.name) throw invalidFields(...missing);
      const email = normaliseEmail(input.email);
      checkPassword(input.password, { email, name: input.name }, '/password');
      user = await insertAudited(trx, systemActor(deps.clock), 'users', {
        id: crypto.randomUUID(),
        email,
        name: input.name.trim(),
        passwordHash: await hashPassword(input.password),
        passwordChangedAt: now.toISOString(),
        isSystemAdmin: 1,
        locale: 'da',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        disabledAt: null,
      });
      if (input.organisation) {
        const actor = personActor(user.id, user.email, deps.clock);
        const organisationId = await organisationChosenAtSetup(trx, actor, input.organisation);
        await insertAdministrator(trx, actor, organisationId, user.id);
      }
    } else if (setup.invitationId) {
      user = await acceptAsNewPerson(trx, setup.invitationId, input, deps.clock, now);
    } else if (setup.purpose === 'password_reset') {
      user = await resetPassword(trx, setup.userId, input.password, deps.clock, now);
    } else {
      const invited = setup.userId ? await getUser(trx, setup.userId) : undefined;
      if (!invited) throw new AppError('setup_token_invalid');
      checkPassword(input.password, invited, '/password');
      user = await updateAudited(
        trx,
        personActor(invited.id, invited.email, deps.clock),
        'users',
        { id: invited.id },
        {
          passwordHash: await hashPassword(input.password),
          passwordChangedAt: now.toISOString(),
        },
      );
    }
    if (!user) throw new AppError('setup_token_invalid');
    const session = await startSession(deps, trx, user, userAgent, now);
    return { ...session, userId: user.id };
  });
}

/**
 * An organisation's invitation accepted through its link by an address without a password: the person is
 * created (or, made earlier by a system administrator, gets name and password) and joins the organisation. An
 * address with a password must log in and accept instead (`invitation_needs_login`): a link never sets the
 * password of an account in use.
 */
async function acceptAsNewPerson(
  trx: Executor,
  invitationId: string,
  input: CompleteSetupRequest,
  clock: Clock,
  now: Date,
): Promise<User | undefined> {
  const invitation = await invitationOfLink(trx, invitationId);
  if (!invitation) throw new AppError('setup_token_invalid');
  const existing = await findUserByEmail(trx, invitation.email);
  if (existing?.disabledAt) throw new AppError('setup_token_invalid');
  if (existing?.passwordHash) throw new AppError('invitation_needs_login');
  const name = input.name?.trim() || existing?.name || invitation.name;
  if (!name) throw invalidFields({ field: '/name', code: 'required' });
  checkPassword(input.password, { email: invitation.email, name }, '/password');
  const userId = existing?.id ?? crypto.randomUUID();
  const actor = personActor(userId, invitation.email, clock);
  const user = existing
    ? await updateAudited(
        trx,
        actor,
        'users',
        { id: existing.id },
        { name, passwordHash: await hashPassword(input.password), passwordChangedAt: now.toISOString() },
      )
    : await insertPerson(trx, actor, { id: userId, email: invitation.email, name, password: input.password }, now);
  if (!user) throw new AppError('setup_token_invalid');
  await joinOrganisation(trx, actor, invitation, user.id, now);
  return user;
}

/**
 * A forgotten password replaced through a reset link (`requestPasswordReset`): the new one must pass the password
 * rules, the change is audited with the person as actor (`passwordChangedAt`, never the hash), and all the
 * person's sessions end and their other reset links stop working; the caller then starts the new session.
 */
async function resetPassword(
  trx: Executor,
  userId: string | null,
  password: string,
  clock: Clock,
  now: Date,
): Promise<User | undefined> {
  const person = userId ? await getUser(trx, userId) : undefined;
  if (!person || person.disabledAt) throw new AppError('setup_token_invalid');
  checkPassword(password, person, '/password');
  const user = await updateAudited(
    trx,
    personActor(person.id, person.email, clock),
    'users',
    { id: person.id },
    { passwordHash: await hashPassword(password), passwordChangedAt: now.toISOString() },
  );
  await deleteSessionsOfUser(trx, person.id);
  await expireSetupTokens(trx, 'password_reset', { userId: person.id, invitationId: null }, now.toISOString());
  return user;
}

/** The person using the link, as the audit trail names them. */
function personActor(userId: string, email: string, clock: Clock): AuditActor {
  return { type: 'user', userId, tokenId: null, name: email, requestId: null, clock };
}
