import type { Actor, Clock, Role } from '@overblik/core';
import {
  type ApiToken,
  type Executor,
  findLiveSession,
  findMembership,
  findTokenByHash,
  getUser,
  listMembershipsOfUser,
  markTokenUsed,
  type Session,
  touchSession,
  type User,
} from '@overblik/db';
import type { Caller } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { sha256 } from './secrets.js';

export type SessionPolicy = { idleMinutes: number; maxHours: number };

/** Resolves a session cookie to its caller; `null` when the session is unknown, expired or its person disabled. */
export async function callerFromSession(
  db: Executor,
  cookieValue: string,
  policy: SessionPolicy,
  requestId: string,
  clock: Clock,
): Promise<Caller | null> {
  const now = clock.now();
  const idHash = sha256(cookieValue);
  const session = await findLiveSession(db, idHash, now.toISOString());
  if (!session) return null;
  const user = await getUser(db, session.userId);
  if (!user || user.disabledAt) return null;
  await keepSessionAlive(db, session, policy, now);
  return {
    actor: await userActor(db, user),
    user,
    session,
    token: null,
    audit: { type: 'user', userId: user.id, tokenId: null, name: user.email, requestId, clock },
  };
}

export async function userActor(db: Executor, user: User): Promise<Actor> {
  const memberships = await listMembershipsOfUser(db, user.id);
  return {
    kind: 'user',
    userId: user.id,
    isSystemAdmin: user.isSystemAdmin === 1,
    memberships: memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
  };
}

/** Sliding idle expiry, capped by an absolute lifetime; written at most once a minute. */
async function keepSessionAlive(db: Executor, session: Session, policy: SessionPolicy, now: Date) {
  if (now.getTime() - Date.parse(session.lastSeenAt) < 60_000) return;
  const idle = now.getTime() + policy.idleMinutes * 60_000;
  const absolute = Date.parse(session.createdAt) + policy.maxHours * 3_600_000;
  await touchSession(db, session.id, now.toISOString(), new Date(Math.min(idle, absolute)).toISOString());
}

/** Resolves `Authorization: Bearer <token>`; a bad token is an error, not an anonymous request. */
export async function callerFromToken(db: Executor, presented: string, requestId: string, clock: Clock): Promise<Caller> {
  const now = clock.now();
  const token = await findTokenByHash(db, sha256(presented));
  if (!token || !isTokenLive(token, now)) throw new AppError('invalid_token');
  const user = await getUser(db, token.userId);
  if (!user || user.disabledAt) throw new AppError('invalid_token');
  // A token acts for its creator in its organisation: once the creator has left it, the token stops working
  // everywhere (also for the creator's own settings under /me).
  const membership = await findMembership(db, token.organisationId, user.id);
  if (!membership) throw new AppError('invalid_token');
  const creatorRole: Role = membership.role;
  if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) >= 60_000) {
    await markTokenUsed(db, token.organisationId, token.id, now.toISOString());
  }
  return {
    actor: {
      kind: 'token',
      tokenId: token.id,
      userId: user.id,
      organisationId: token.organisationId,
      scope: token.scope,
      creatorRole,
    },
    user,
    session: null,
    token,
    audit: { type: 'token', userId: user.id, tokenId: token.id, name: `${token.name} (${user.email})`, requestId, clock },
  };
}

function isTokenLive(token: ApiToken, now: Date): boolean {
  if (token.revokedAt) return false;
  return token.expiresAt === null || Date.parse(token.expiresAt) > now.getTime();
}
