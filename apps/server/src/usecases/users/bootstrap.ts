import { countUsers, SYSTEM_ACTOR } from '@overblik/db';
import type { Deps } from '../../context.js';
import { issueSetupLink } from '../auth/setup-links.js';
import { insertPerson } from './create-user.js';

export type BootstrapOutcome = { kind: 'ready' } | { kind: 'admin-created'; email: string } | { kind: 'setup-link'; url: string };

/**
 * First start: with OVERBLIK_ADMIN_EMAIL/PASSWORD set, that system administrator is created;
 * otherwise a one-time setup link (valid 24 hours, renewed at every start) is issued for the browser.
 * There is never a default password.
 */
export async function ensureFirstAdministrator(deps: Deps): Promise<BootstrapOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return { kind: 'ready' };
    const admin = deps.config.bootstrapAdmin;
    if (admin) {
      const user = await insertPerson(trx, SYSTEM_ACTOR, {
        email: admin.email,
        name: 'Systemadministrator',
        isSystemAdmin: true,
        password: admin.password,
      });
      return { kind: 'admin-created', email: user.email };
    }
    return { kind: 'setup-link', url: await issueSetupLink(trx, deps.config, 'bootstrap', null) };
  });
}
