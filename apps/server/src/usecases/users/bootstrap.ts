import { countUsers, systemActor } from '@overblik/db';
import type { Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { fieldMessage } from '../../http/problem.js';
import { issueSetupLink } from '../auth/setup-links.js';
import { insertPerson } from './create-user.js';

export type BootstrapOutcome = { kind: 'ready' } | { kind: 'admin-created'; email: string } | { kind: 'setup-link'; url: string };

/**
 * First start: with OVERBLIK_ADMIN_EMAIL/PASSWORD set, that system administrator is created;
 * otherwise a one-time setup link (valid 24 hours, renewed at every start) is issued for the browser.
 * There is never a default password, and the password from the environment must meet the same policy as any
 * other: if it does not, the server does not start and says why, in Danish and English.
 */
export async function ensureFirstAdministrator(deps: Deps): Promise<BootstrapOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return { kind: 'ready' };
    const admin = deps.config.bootstrapAdmin;
    if (admin) {
      const user = await insertPerson(trx, systemActor(deps.clock), {
        email: admin.email,
        name: 'Systemadministrator',
        isSystemAdmin: true,
        password: admin.password,
      }).catch((error: unknown) => {
        throw refusedFromEnvironment(error);
      });
      return { kind: 'admin-created', email: user.email };
    }
    return { kind: 'setup-link', url: await issueSetupLink(trx, deps.config, 'bootstrap', null, deps.clock.now()) };
  });
}

/** A refused OVERBLIK_ADMIN_EMAIL or OVERBLIK_ADMIN_PASSWORD named as the variable, with the reason in words. */
function refusedFromEnvironment(error: unknown): unknown {
  const problem = error instanceof AppError ? error.fieldErrors[0] : undefined;
  if (!problem) return error;
  const variable = problem.field === '/password' ? 'OVERBLIK_ADMIN_PASSWORD' : 'OVERBLIK_ADMIN_EMAIL';
  return new Error(
    `${variable} afvises: ${fieldMessage(problem.code, 'da')} / ${variable} is refused: ${fieldMessage(problem.code, 'en')}`,
  );
}
