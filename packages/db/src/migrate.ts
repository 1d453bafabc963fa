import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import type { DatabaseHandle } from './connect.js';
import { foundation } from './migrations/0001-foundation.js';
import { municipalities } from './migrations/0002-municipalities.js';
import { suppliersAndOptionLists } from './migrations/0003-suppliers-and-option-lists.js';
import { contracts } from './migrations/0004-contracts.js';
import { documentsAndSearch } from './migrations/0005-documents-and-search.js';
import { contractDeadlines } from './migrations/0006-contract-deadlines.js';
import { activitiesAndReminders } from './migrations/0007-activities-and-reminders.js';
import { invoices } from './migrations/0008-invoices.js';
import { costSharing } from './migrations/0009-cost-sharing.js';
import { loginFailureSources } from './migrations/0011-login-failure-sources.js';
import { invitations } from './migrations/0012-invitations.js';
import { contractBudgetAccount } from './migrations/0013-contract-budget-account.js';
import { costProjectProblems } from './migrations/0014-cost-project-problems.js';
import { contractNoticeEndMonth } from './migrations/0015-contract-notice-end-month.js';
import { invoiceAmountInQuestion } from './migrations/0016-invoice-amount-in-question.js';
import { passwordReset } from './migrations/0017-password-reset.js';
import { supplierSegmentation } from './migrations/0018-supplier-segmentation.js';
import { governance } from './migrations/0019-governance.js';
import { meetings } from './migrations/0020-meetings.js';
import { escalations } from './migrations/0021-escalations.js';
import type { Migration } from './migrations/types.js';

/** Every migration, in order. Append only; never edit one that has been released. */
const MIGRATIONS: readonly Migration[] = [
  foundation,
  municipalities,
  suppliersAndOptionLists,
  contracts,
  documentsAndSearch,
  contractDeadlines,
  activitiesAndReminders,
  invoices,
  costSharing,
  loginFailureSources,
  invitations,
  contractBudgetAccount,
  costProjectProblems,
  contractNoticeEndMonth,
  invoiceAmountInQuestion,
  passwordReset,
  supplierSegmentation,
  governance,
  meetings,
  escalations,
];

/**
 * Brings the schema up to date. On PostgreSQL each migration runs in its own transaction; on SQLite Kysely runs
 * them outside one (its SQLite adapter has no transactional DDL), so a migration that must be atomic there, such
 * as a table rebuild, opens its own (0017).
 */
export async function migrateToLatest(handle: DatabaseHandle, until?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: handle.db as unknown as Kysely<unknown>,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(MIGRATIONS.map((m) => [m.name, { up: (db: Kysely<unknown>) => m.up(db, handle.dialect) }])),
    },
  });
  // `until` (a migration's name) stops there: tests of a migration fill the tables as they were before it.
  const result = until === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(until);
  if (result.error) throw result.error;
  return result;
}
