import type { Actor, Clock } from '@overblik/core';
import type { ApiToken, AuditActor, Executor, Session, User } from '@overblik/db';
import type { ServerConfig } from './config.js';

/**
 * What every use case receives besides its input: the database and configuration, the clock (the one source of
 * "now" and "today" for business time: `systemClock` in the server and the command line, a fixed clock in tests),
 * and `mailQueued`, which a use case calls after committing a mail that should go out now rather than at the next
 * scheduled run.
 */
export type Deps = { db: Executor; config: ServerConfig; clock: Clock; mailQueued?: () => void };

/** Who is calling, resolved once per request by the authentication hook. */
export type Caller = {
  actor: Actor;
  user: User;
  session: Session | null;
  token: ApiToken | null;
  audit: AuditActor;
};

export type Locale = 'da' | 'en';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** `public`: no login needed; `optional`: caller resolved if present. Default: a caller is required. */
    auth?: 'public' | 'optional';
  }
}
