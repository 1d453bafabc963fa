import { deleteSession } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';

/** Ends the caller's session; a token has no session to end, and the call is then a no-op. */
export async function logOut(deps: Deps, caller: Caller | null): Promise<void> {
  if (caller?.session) await deleteSession(deps.db, caller.session.id);
}
