import type { Clock } from '@overblik/core';
import type { Caller } from './context.js';

/**
 * The caller for work done from the command line on the server itself: whoever can run `overblik` there
 * has the database, so it acts with system rights, and the audit trail names the operator's account.
 */
export function operatorCaller(name: string, clock: Clock): Caller {
  const now = clock.now().toISOString();
  return {
    actor: { kind: 'user', userId: 'operator', isSystemAdmin: true, memberships: [] },
    user: {
      id: '00000000-0000-0000-0000-000000000000',
      email: name,
      name,
      passwordHash: null,
      isSystemAdmin: 1,
      locale: 'da',
      reminderDelivery: 'single',
      passwordChangedAt: null,
      createdAt: now,
      updatedAt: now,
      disabledAt: null,
    },
    session: null,
    token: null,
    audit: { type: 'system', userId: null, tokenId: null, name, requestId: null, clock },
  };
}
