import type { CompleteSetupRequest, SetupInfo } from '@overblik/api';
import {
  countUsers,
  findUsableSetupToken,
  getUser,
  insertAudited,
  markSetupTokenUsed,
  normaliseEmail,
  SYSTEM_ACTOR,
  type User,
  updateAudited,
} from '@overblik/db';
import { hashPassword } from '../../auth/passwords.js';
import { sha256 } from '../../auth/secrets.js';
import type { Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { checkPassword } from './password-rules.js';
import { type StartedSession, startSession } from './start-session.js';

export async function getSetupInfo(deps: Deps, token: string, now = new Date()): Promise<SetupInfo> {
  const setup = await findUsableSetupToken(deps.db, sha256(token), now.toISOString());
  if (!setup) throw new AppError('setup_token_invalid');
  const user = setup.userId ? await getUser(deps.db, setup.userId) : undefined;
  return { purpose: setup.purpose, email: user?.email ?? null, name: user?.name ?? null, expiresAt: setup.expiresAt };
}

/**
 * Uses a one-time setup link: the first system administrator is created (bootstrap), or an invited
 * person sets a password. The link is spent in the same transaction, so it works exactly once.
 */
export async function completeSetup(
  deps: Deps,
  input: CompleteSetupRequest,
  userAgent: string | undefined,
  now = new Date(),
): Promise<StartedSession & { userId: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const setup = await findUsableSetupToken(trx, sha256(input.token), now.toISOString());
    if (!setup || !(await markSetupTokenUsed(trx, setup.id, now.toISOString()))) throw new AppError('setup_token_invalid');
    let user: User | undefined;
    if (setup.purpose === 'bootstrap') {
      if ((await countUsers(trx)) > 0) throw new AppError('setup_complete');
      const missing = [
        ...(input.email ? [] : [{ field: '/email', code: 'required' as const }]),
        ...(input.name ? [] : [{ field: '/name', code: 'required' as const }]),
      ];
      if (!input.email || !input.name) throw invalidFields(...missing);
      const email = normaliseEmail(input.email);
      checkPassword(input.password, { email, name: input.name }, '/password');
      user = await insertAudited(trx, SYSTEM_ACTOR, 'users', {
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
    } else {
      const invited = setup.userId ? await getUser(trx, setup.userId) : undefined;
      if (!invited) throw new AppError('setup_token_invalid');
      checkPassword(input.password, invited, '/password');
      const actor = { type: 'user' as const, userId: invited.id, tokenId: null, name: invited.email, requestId: null };
      user = await updateAudited(
        trx,
        actor,
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
