import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type CalendarDate,
  type Clock,
  type CostProject,
  CostProjectError,
  EARLIEST_DATE,
  invoiceKindWord,
  isCalendarDate,
  isDateInRange,
  isRole,
  LATEST_DATE,
  type ProjectPlan,
  planProject,
  readCostProject,
  systemClock,
} from '@overblik/core';
import {
  type AuditActor,
  type DatabaseHandle,
  type Executor,
  getOrganisation,
  insertAudited,
  JOBS,
  listOrganisations,
  migrateToLatest,
  openDatabase,
  upsertPriceIndexValues,
  withJobLock,
} from '@overblik/db';
import {
  AppError,
  configFromEnv,
  createMailer,
  DEMO_ORGANISATION_NAME,
  deadlinePreviewText,
  ERRORS,
  exportContracts,
  exportSuppliers,
  FIELD_ERRORS,
  importContracts,
  importSuppliers,
  insertPerson,
  issueSetupLink,
  NO_DECISIONS,
  operatorCaller,
  organisationOfBuyer,
  previewContractDeadlinesByNumber,
  processInvoiceInbox,
  receiveInvoices,
  recheckOpenInvoices,
  recomputeDeadlines,
  runInvoiceCheck,
  runReminders,
  seedDemo,
  startServer,
} from '@overblik/server';
import { EInvoiceError, parseEInvoice } from '@overblik/ubl';
import { Command, InvalidArgumentError, Option } from 'commander';
import { backup } from './backup.js';
import { costPlanJson, costPlanTable } from './costs-cli.js';
import { invoiceCheckJson, readPriceIndexFile } from './invoice-cli.js';

/** The operator's machine account, which changes made from the command line are audited as. */
const cliName = () => `cli:${os.userInfo().username}@${os.hostname()}`;

const cliActor = (clock: Clock): AuditActor => ({
  type: 'system',
  userId: null,
  tokenId: null,
  name: cliName(),
  requestId: null,
  clock,
});

/** A `--as-of` day: a calendar date `YYYY-MM-DD` within the range the rules accept. */
function calendarDateArgument(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`${value} is not a date of the form YYYY-MM-DD`);
  if (!isDateInRange(value))
    throw new InvalidArgumentError(`${value} is outside the accepted range ${EARLIEST_DATE} to ${LATEST_DATE}`);
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An organisation named on the command line by municipality code, CVR number, id or exact name. */
async function organisationByRef(db: Executor, ref: string) {
  const candidates = UUID.test(ref)
    ? await listOrganisations(db, { ids: [ref.toLowerCase()] })
    : await listOrganisations(db, { ids: 'all', q: ref });
  const organisation = candidates.find(
    (o) => [o.id, o.municipalityCode, o.cvr].includes(ref.toLowerCase()) || o.name.toLowerCase() === ref.toLowerCase(),
  );
  if (!organisation) throw new InvalidArgumentError(`No organisation with code, CVR, id or name ${ref}`);
  return organisation;
}

async function withDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(configFromEnv().database);
  try {
    await migrateToLatest(handle);
    return await run(handle);
  } finally {
    await handle.close();
  }
}

/** `clock` is where every command gets "now" and "today" from: the system clock, a fixed one in tests. */
export function program(clock: Clock = systemClock): Command {
  const cli = new Command('overblik')
    .description('Overblik: IT-kontrakt- og leverandørstyring. Configuration comes from the environment (docs/operations.md).')
    .showHelpAfterError();

  cli
    .command('serve')
    .description('start the server (API and web app) on PORT, default 8080')
    .action(async () => {
      const app = await startServer(configFromEnv(), clock);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          app.log.info({ signal }, 'shutting down');
          app.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    });

  cli
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const handle = openDatabase(configFromEnv().database);
      try {
        const result = await migrateToLatest(handle);
        const applied = result.results ?? [];
        console.log(applied.length ? applied.map((r) => `${r.status}: ${r.migrationName}`).join('\n') : 'Schema is up to date.');
      } finally {
        await handle.close();
      }
    });

  const user = cli.command('user').description('persons');
  user
    .command('create')
    .description('create a person; prints a one-time invitation link unless --password-stdin is given')
    .requiredOption('--email <email>', 'e-mail address (login)')
    .requiredOption('--name <name>', 'full name')
    .option('--system-admin', 'make the person a system administrator', false)
    .option('--password-stdin', 'read the password from standard input', false)
    .option('--organisation <code-or-id>', 'add the person to this organisation (municipality code, CVR, id or name)')
    .addOption(new Option('--role <role>', 'role in the organisation').choices(['administrator', 'redaktør', 'læser']))
    .action(async (opts: UserCreateOptions) => {
      const password = opts.passwordStdin ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
      if (opts.organisation && !opts.role) throw new InvalidArgumentError('--organisation needs --role');
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const message = await db.transaction().execute(async (trx) => {
          const actor = cliActor(clock);
          const person = await insertPerson(trx, actor, {
            email: opts.email,
            name: opts.name,
            isSystemAdmin: opts.systemAdmin,
            ...(password !== undefined && { password }),
          });
          if (opts.organisation && opts.role && isRole(opts.role)) {
            const organisation = await organisationByRef(trx, opts.organisation);
            const now = clock.now().toISOString();
            await insertAudited(trx, actor, 'memberships', {
              id: crypto.randomUUID(),
              organisationId: organisation.id,
              userId: person.id,
              role: opts.role,
              createdAt: now,
              updatedAt: now,
            });
          }
          const link = password === undefined ? await issueSetupLink(trx, config, 'invitation', person.id, clock.now()) : null;
          return `Created ${person.email} (${person.id})${link ? `\nInvitation link (valid 7 days): ${link}` : ''}`;
        });
        console.log(message);
      });
    });

  const org = cli.command('org').description('organisations');
  org
    .command('list')
    .description('list organisations: municipalities, joint organisations and others')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(['kommune', 'fællesskab', 'anden']))
    .option('--json', 'print JSON', false)
    .action(async (opts: { kind?: 'kommune' | 'fællesskab' | 'anden'; json: boolean }) => {
      await withDatabase(async ({ db }) => {
        const rows = await listOrganisations(db, { ids: 'all', ...(opts.kind && { kind: opts.kind }) });
        if (opts.json) return console.log(JSON.stringify(rows, null, 2));
        for (const o of rows) {
          console.log([o.municipalityCode ?? '-', o.kind, o.name, o.cvr ?? '-', o.id].join('\t'));
        }
      });
    });

  cli
    .command('import')
    .description('import a spreadsheet (.xlsx or .csv) into an organisation: all rows or none')
    .argument('<what>', 'what the file holds: suppliers, or contracts (with the sheets Priselementer and Leverandører)')
    .argument('<file>', 'the .xlsx or .csv file')
    .requiredOption('--organisation <code-or-id>', 'municipality code, CVR number, id or name of the organisation')
    .option('--dry-run', 'check and show the plan; write nothing', false)
    .option('--create-missing-units', 'contracts: create the units Ansvarlig enhed names that do not exist (at the top)', false)
    .action(async (what: string, file: string, opts: { organisation: string; dryRun: boolean; createMissingUnits: boolean }) => {
      if (what !== 'suppliers' && what !== 'contracts')
        throw new InvalidArgumentError(`Cannot import "${what}"; try: suppliers, contracts`);
      const importer = what === 'contracts' ? importContracts : importSuppliers;
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const organisation = await organisationByRef(db, opts.organisation);
        const report = await importer(
          { db, config, clock },
          operatorCaller(cliName(), clock),
          organisation.id,
          readFileSync(file),
          opts.dryRun,
          'da',
          undefined,
          { createMissingUnits: opts.createMissingUnits },
        );
        const verb = report.dryRun ? 'Would create' : 'Created';
        console.log(
          `${verb} ${report.created}, ${report.dryRun ? 'update' : 'updated'} ${report.updated}, unchanged ${report.unchanged} (${organisation.name}).`,
        );
        for (const u of report.missingUnits ?? [])
          console.log(
            `Unit "${u.name}" (rows ${u.rows.join(', ')}): ${u.created ? (report.dryRun ? 'would be created' : 'created') : 'does not exist (--create-missing-units creates it)'}`,
          );
        for (const e of report.errors) console.log(`${e.sheet} row ${e.row ?? '-'} ${e.column ?? ''}: ${e.message}`);
        for (const c of report.ignoredColumns ?? [])
          console.log(`${c.sheet}: column "${c.column}" is not known and was left out`);
        if (report.errors.length > 0) process.exitCode = 1;
      });
    });

  cli
    .command('export')
    .description("export an organisation's register to .xlsx or .csv (by the file name's extension)")
    .argument('<what>', 'what to export: suppliers, or contracts (the whole register; .csv: the contracts only)')
    .argument('<file>', 'where to write, e.g. leverandoerer.xlsx or kontrakter.xlsx')
    .requiredOption('--organisation <code-or-id>', 'municipality code, CVR number, id or name of the organisation')
    .action(async (what: string, file: string, opts: { organisation: string }) => {
      if (what !== 'suppliers' && what !== 'contracts')
        throw new InvalidArgumentError(`Cannot export "${what}"; try: suppliers, contracts`);
      const exporter = what === 'contracts' ? exportContracts : exportSuppliers;
      const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const organisation = await organisationByRef(db, opts.organisation);
        const download = await exporter({ db, config, clock }, operatorCaller(cliName(), clock), organisation.id, format, 'da');
        writeFileSync(file, download.bytes);
        console.log(file);
      });
    });

  cli
    .command('demo')
    .description(
      `create or refresh the demo organisation "${DEMO_ORGANISATION_NAME}" with invented data (no other organisation is touched)`,
    )
    .action(async () => {
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const result = await seedDemo({ db, config, clock }, operatorCaller(cliName(), clock));
        const line = (label: string, c: { created: number; updated: number; unchanged: number }) =>
          `  ${label}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
        console.log(
          [
            `${result.organisationCreated ? 'Created' : 'Refreshed'} ${DEMO_ORGANISATION_NAME} (${result.organisationId})`,
            line('units', result.units),
            line('suppliers', result.suppliers),
            line('contracts', result.contracts),
            line('price elements', result.priceElements),
            line('options', result.options),
            line('meetings', result.meetings),
          ].join('\n'),
        );
      });
    });

  const deadlines = cli.command('deadlines').description("contracts' computed deadlines");
  deadlines
    .command('recompute')
    .description(
      "compute every contract's deadlines for today again (and keep the derived activities in step; the server does this every 15 minutes)",
    )
    .option('--all', 'recompute every contract, not only those computed for an earlier day', false)
    .action(async (opts: { all: boolean }) => {
      await withDatabase(async ({ db }) => {
        const n = await recomputeDeadlines(db, clock, { all: opts.all });
        console.log(`${n} contracts recomputed for ${clock.today()}`);
      });
    });

  deadlines
    .command('show')
    .description(
      "a contract's deadlines, option deadlines and derived activities as they stand on a day (a what-if: nothing is stored)",
    )
    .requiredOption('--contract <number>', 'the contract number')
    .requiredOption('--organisation <code-or-id>', 'municipality code, CVR number, id or name of the organisation')
    .option('--as-of <YYYY-MM-DD>', 'the day to look at (default today in Denmark)')
    .option('--json', "print the API's answer (GET …/contracts/{id}/deadlines?asOf=…) as JSON", false)
    .action(async (opts: { contract: string; organisation: string; asOf?: string; json: boolean }) => {
      const asOf = opts.asOf === undefined ? undefined : calendarDateArgument(opts.asOf);
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const organisation = await organisationByRef(db, opts.organisation);
        const named = await previewContractDeadlinesByNumber(
          { db, config, clock },
          operatorCaller(cliName(), clock),
          organisation.id,
          opts.contract,
          asOf,
        );
        console.log(opts.json ? JSON.stringify(named.preview, null, 2) : deadlinePreviewText(named));
      });
    });

  cli
    .command('reminders')
    .description('reminders of activities (advisering)')
    .command('run')
    .description(
      'bring deadlines up to today, plan the reminders that have fallen due and send queued mails (the server does this every 15 minutes)',
    )
    .action(async () => {
      const config = configFromEnv();
      await withDatabase(async (handle) => {
        const { db } = handle;
        const mailer = createMailer(config);
        try {
          let result: Awaited<ReturnType<typeof runReminders>> | null = null;
          const ran = await withJobLock(handle, JOBS.reminders, async () => {
            await recomputeDeadlines(db, clock);
            result = await runReminders(db, { config, mailer, clock });
          });
          if (!ran) console.log('another instance is running the reminders; nothing done');
          else console.log(JSON.stringify(result));
          if (!config.smtp) console.log('no OVERBLIK_SMTP_URL: reminders are shown in Overblik only');
        } finally {
          mailer?.close();
        }
      });
    });

  const invoice = cli.command('invoice').description('e-invoices (OIOUBL, Peppol BIS 3): intake and control');
  invoice
    .command('import')
    .description('receive e-invoice XML files (a directory: its .xml files); each file is stored with its check, or refused')
    .argument('<paths...>', 'XML files or directories')
    .option('--organisation <code-or-id>', 'the receiving organisation (default: the buyer on the invoice, by EAN/GLN or CVR)')
    .action(async (paths: string[], opts: { organisation?: string }) => {
      const files = paths.flatMap((p) =>
        statSync(p).isDirectory()
          ? readdirSync(p)
              .filter((n) => n.toLowerCase().endsWith('.xml'))
              .sort()
              .map((n) => path.join(p, n))
          : [p],
      );
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const organisation = opts.organisation ? await organisationByRef(db, opts.organisation) : null;
        const report = await receiveInvoices(
          { db, config, clock },
          operatorCaller(cliName(), clock),
          files.map((f) => ({ bytes: readFileSync(f), fileName: path.basename(f) })),
          { organisationId: organisation?.id ?? null, source: 'cli', locale: 'da' },
        );
        for (const r of report.results) {
          const what =
            r.outcome === 'refused'
              ? `refused: ${r.error?.message ?? ''}`
              : `${r.outcome} ${r.kind === null ? '' : `${invoiceKindWord(r.kind)} `}${r.number} (${r.status}, ${r.deviationCount} deviations) ${r.invoiceId}`;
          console.log(`${r.fileName}: ${what}`);
        }
        console.log(`${report.created} created, ${report.duplicates} duplicates, ${report.refused} refused`);
        if (report.refused > 0) process.exitCode = 1;
      });
    });
  invoice
    .command('check')
    .description('parse one e-invoice and check it against the register without storing anything')
    .argument('<file>', 'the XML file')
    .option('--organisation <code-or-id>', 'check against this organisation (default: the buyer on the invoice)')
    .option('--json', 'print the parsed invoice, the matches and the deviations as JSON', false)
    .action(async (file: string, opts: { organisation?: string; json: boolean }) => {
      const config = configFromEnv();
      let doc: ReturnType<typeof parseEInvoice>;
      try {
        doc = parseEInvoice(readFileSync(file), { maxBytes: config.maxInvoiceBytes });
      } catch (error) {
        if (!(error instanceof EInvoiceError)) throw error;
        const refusal = { error: { code: error.code, line: error.line, column: error.column, detail: error.detail } };
        console.log(
          opts.json ? JSON.stringify(refusal, null, 2) : `refused (${error.code}) line ${error.line ?? '-'}: ${error.detail}`,
        );
        process.exitCode = 2;
        return;
      }
      await withDatabase(async ({ db }) => {
        const buyerId = opts.organisation ? null : await organisationOfBuyer(db, operatorCaller(cliName(), clock), doc);
        const organisation = opts.organisation
          ? await organisationByRef(db, opts.organisation)
          : buyerId
            ? ((await getOrganisation(db, buyerId)) ?? null)
            : null;
        const check = organisation ? (await runInvoiceCheck(db, organisation.id, doc, NO_DECISIONS)).check : null;
        const out = invoiceCheckJson(doc, check, organisation);
        if (opts.json) console.log(JSON.stringify(out, null, 2));
        else {
          console.log(
            `${doc.kind === 'invoice' ? 'Invoice' : 'Credit note'} ${doc.number} of ${doc.issueDate}, ${doc.lines.length} lines, payable ${doc.totals.payable} ${doc.currency}`,
          );
          console.log(
            organisation
              ? `Checked against ${organisation.name}: ${out.check?.contract.explanation ?? ''}`
              : 'No organisation found for the buyer: not checked against a register.',
          );
          for (const d of out.check?.deviations ?? []) console.log(`  [${d.severity}] ${d.text}`);
        }
      });
    });
  invoice
    .command('inbox')
    .description('receive the invoices waiting in OVERBLIK_INVOICE_INBOX once (the server does it every minute)')
    .action(async () => {
      const config = configFromEnv();
      if (!config.invoiceInbox) throw new InvalidArgumentError('OVERBLIK_INVOICE_INBOX is not set');
      const inbox = config.invoiceInbox;
      await withDatabase(async (handle) => {
        const ran = await withJobLock(handle, JOBS.invoiceInbox, async () => {
          const report = await processInvoiceInbox({ db: handle.db, config, clock }, inbox);
          console.log(`${report.created} created, ${report.duplicates} duplicates, ${report.refused} refused`);
        });
        if (!ran) console.log('another process is reading the invoice folder; nothing done');
      });
    });
  invoice
    .command('recheck')
    .description("check every open invoice of an organisation again against today's register")
    .requiredOption('--organisation <code-or-id>', 'municipality code, CVR number, id or name of the organisation')
    .action(async (opts: { organisation: string }) => {
      const config = configFromEnv();
      await withDatabase(async ({ db }) => {
        const organisation = await organisationByRef(db, opts.organisation);
        const report = await recheckOpenInvoices({ db, config, clock }, organisation.id, cliActor(clock), true);
        console.log(`${report.checked} checked, ${report.changed} changed`);
      });
    });

  cli
    .command('price-index')
    .description('price index values used to regulate contract prices')
    .command('import')
    .description("add or correct monthly values from a CSV (month,value — or Statistikbanken's 2024M07;119,2)")
    .argument('<file>', 'the CSV file')
    .option('--index <name>', 'the index', 'nettoprisindeks')
    .action(async (file: string, opts: { index: string }) => {
      const values = readPriceIndexFile(readFileSync(file, 'utf8'));
      await withDatabase(async ({ db }) => {
        await upsertPriceIndexValues(db, opts.index, values, clock.now().toISOString());
        console.log(
          `${values.length} months of ${opts.index} stored (${values[0]?.month ?? '-'} … ${values.at(-1)?.month ?? '-'})`,
        );
      });
    });

  cli
    .command('costs')
    .description('cost sharing of joint projects (docs/cost-sharing.md)')
    .command('plan')
    .description('compute the invoice plan of a project described in a JSON file, without a database')
    .requiredOption('--project <file>', 'the project description (JSON, docs/cost-sharing.md)')
    .option('--json', 'print the plan as JSON', false)
    .action((opts: { project: string; json: boolean }) => {
      let project: CostProject;
      let plan: ProjectPlan;
      try {
        project = readCostProject(JSON.parse(readFileSync(opts.project, 'utf8')));
        plan = planProject(project);
      } catch (error) {
        if (!(error instanceof CostProjectError) && !(error instanceof SyntaxError)) throw error;
        const problems =
          error instanceof CostProjectError ? error.problems : [{ path: '$', message: `ikke gyldig JSON: ${error.message}` }];
        if (opts.json) console.log(JSON.stringify({ error: { problems } }, null, 2));
        else {
          const lines = problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
          process.stderr.write(`overblik: ${opts.project} kan ikke beregnes:\n${lines}\n`);
        }
        process.exitCode = 2;
        return;
      }
      console.log(opts.json ? costPlanJson(plan) : costPlanTable(project, plan));
    });

  cli
    .command('backup')
    .description('consistent online copy of the SQLite database (for PostgreSQL: prints the pg_dump command)')
    .option('--to <file>', 'where to write the copy (default: <data dir>/backups/overblik-<time>.sqlite)')
    .action(async (opts: { to?: string }) => {
      console.log(await backup(configFromEnv().database, opts.to, clock.now()));
    });

  return cli;
}

type UserCreateOptions = {
  email: string;
  name: string;
  systemAdmin: boolean;
  passwordStdin: boolean;
  organisation?: string;
  role?: string;
};

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`overblik: ${describeError(error)}\n`);
    process.exitCode = 1;
  }
}

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.fieldErrors.map((f) => ` ${f.field}: ${f.message ?? FIELD_ERRORS[f.code][1]} (${f.code})`).join(',');
    const cells = error.cellErrors.map((e) => `\n  ${e.sheet} row ${e.row ?? '-'} ${e.column ?? ''}: ${e.code}`).join('');
    return `${ERRORS[error.code][2]} (${error.code})${fields}${cells}`;
  }
  return error instanceof Error ? error.message : String(error);
}
