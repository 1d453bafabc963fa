import type * as Api from '@overblik/api';
import { addMonths, type CalendarDate, DEFAULT_PROCUREMENT_LEAD_MONTHS, procurementPlanRow } from '@overblik/core';
import {
  contractsEndingBetween,
  deleteAudited,
  type Executor,
  listProcurementLeadTimes as findLeadTimes,
  getOrganisation,
  insertAudited,
  listSecretLinks,
  optionsOfContracts,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import type { FileDownload } from '../../http/send-file.js';
import { type Column, dateCell, type SheetData, spreadsheetFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { openSecretLink, replaceSecretLink, revokeSecretLinks } from '../calendar/secret-links.js';
import { groupBy } from '../group-by.js';
import { checkOption, resolvedList } from '../option-lists/option-lists.js';

/**
 * The procurement plan (udbudsplan): main contracts that end within the horizon if nothing more is done,
 * with the latest end when every remaining extension option is used, and by when the re-tender must start
 * given the organisation's lead time for the contract's procurement form (docs/deadlines.md).
 */
async function planItems(
  db: Executor,
  organisationId: string,
  day: CalendarDate,
  horizonMonths: number,
): Promise<Api.ProcurementPlanItem[]> {
  const horizon = addMonths(day, horizonMonths);
  const contracts = await contractsEndingBetween(db, organisationId, day, horizon);
  const options = await optionsOfContracts(
    db,
    contracts.map((c) => c.id),
  );
  const optionsOf = groupBy(options, (o) => o.contractId);
  const leadTimes = await leadTimesOf(db, organisationId);
  const items: Api.ProcurementPlanItem[] = [];
  for (const c of contracts) {
    const row = procurementPlanRow(
      { finalEnd: c.endsOn, options: optionsOf.get(c.id) ?? [], procurementForm: c.procurementForm },
      leadTimes,
    );
    if (!row || row.latestEnd > horizon) continue;
    items.push({
      contractId: c.id,
      contractNumber: c.number,
      contractName: c.name,
      supplierName: c.supplierName,
      procurementForm: c.procurementForm,
      finalEnd: row.finalEnd,
      latestEnd: row.latestEnd,
      remainingOptionMonths: row.remainingOptionMonths,
      nextOptionDeadline: c.nextOptionDeadline,
      leadMonths: row.leadMonths,
      leadFromForm: row.leadFromForm,
      tenderStartBy: row.tenderStartBy,
      quarter: row.quarter,
      late: row.tenderStartBy < day,
    });
  }
  return items.sort((a, b) =>
    a.tenderStartBy < b.tenderStartBy
      ? -1
      : a.tenderStartBy > b.tenderStartBy
        ? 1
        : a.contractNumber.localeCompare(b.contractNumber, 'da'),
  );
}

async function leadTimesOf(db: Executor, organisationId: string): Promise<Record<string, number>> {
  return Object.fromEntries((await findLeadTimes(db, organisationId)).map((l) => [l.procurementForm, l.months]));
}

export async function getProcurementPlan(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ProcurementPlanQuery,
): Promise<Api.ProcurementPlan> {
  requireOrganisation(caller, 'read', organisationId);
  const day = deps.clock.today();
  const [link] = await listSecretLinks(deps.db, organisationId, { kind: 'procurement_plan' });
  return {
    today: day,
    items: await planItems(deps.db, organisationId, day, query.horizonMonths ?? 48),
    publicLink: { active: link !== undefined, createdAt: link?.createdAt ?? null },
  };
}

const PLAN_COLUMNS: Column[] = [
  { heading: 'Udbudskvartal', width: 14 },
  { heading: 'Udbud skal starte senest', kind: 'date', width: 16 },
  { heading: 'Kontraktnummer', width: 16 },
  { heading: 'Kontrakt', width: 40 },
  { heading: 'Leverandør', width: 30 },
  { heading: 'Udbudsform', width: 20 },
  { heading: 'Udløber', kind: 'date', width: 14 },
  { heading: 'Seneste udløb med optioner', kind: 'date', width: 16 },
  { heading: 'Optioner tilbage (måneder)', kind: 'integer', width: 14 },
  { heading: 'Næste optionsfrist', kind: 'date', width: 16 },
  { heading: 'Forberedelsestid (måneder)', kind: 'integer', width: 14 },
  { heading: 'Forsinket', width: 10 },
];

export async function exportProcurementPlan(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ProcurementPlanExportQuery,
  locale: Locale,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const items = await planItems(deps.db, organisationId, deps.clock.today(), query.horizonMonths ?? 48);
  const forms = new Map((await resolvedList(deps.db, organisationId, 'procurement_form', locale)).map((v) => [v.key, v.label]));
  const sheet: SheetData = {
    name: 'Udbudsplan',
    columns: PLAN_COLUMNS,
    rows: items.map((i) => [
      i.quarter,
      dateCell(i.tenderStartBy),
      i.contractNumber,
      i.contractName,
      i.supplierName,
      i.procurementForm ? (forms.get(i.procurementForm) ?? i.procurementForm) : null,
      dateCell(i.finalEnd),
      dateCell(i.latestEnd),
      i.remainingOptionMonths,
      dateCell(i.nextOptionDeadline),
      i.leadMonths,
      i.late ? 'Ja' : 'Nej',
    ]),
  };
  const stem = `udbudsplan-${deps.clock.today()}`;
  return spreadsheetFile(stem, query.format ?? 'xlsx', [sheet]);
}

/** Lead times per procurement form: the organisation's own, else the product's defaults. */
export async function listProcurementLeadTimes(
  deps: Deps,
  caller: Caller,
  organisationId: string,
): Promise<Api.ProcurementLeadTimeList> {
  requireOrganisation(caller, 'read', organisationId);
  const own = await leadTimesOf(deps.db, organisationId);
  const forms = await resolvedList(deps.db, organisationId, 'procurement_form', 'da');
  return {
    items: forms.map((f) => ({
      procurementForm: f.key,
      months: own[f.key] ?? DEFAULT_PROCUREMENT_LEAD_MONTHS[f.key] ?? 12,
      isDefault: own[f.key] === undefined,
    })),
  };
}

export async function putProcurementLeadTime(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  procurementForm: string,
  input: Api.PutProcurementLeadTimeRequest,
): Promise<Api.ProcurementLeadTime> {
  requireOrganisation(caller, 'admin', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await checkOption(trx, organisationId, 'procurement_form', procurementForm, '/procurementForm');
    const current = (await findLeadTimes(trx, organisationId)).find((l) => l.procurementForm === procurementForm);
    const now = deps.clock.now().toISOString();
    if (current)
      await updateAudited(
        trx,
        caller.audit,
        'procurementLeadTimes',
        { id: current.id, organisationId },
        { months: input.months },
      );
    else
      await insertAudited(trx, caller.audit, 'procurementLeadTimes', {
        id: crypto.randomUUID(),
        organisationId,
        procurementForm,
        months: input.months,
        createdAt: now,
        updatedAt: now,
      });
  });
  return { procurementForm, months: input.months, isDefault: false };
}

export async function resetProcurementLeadTime(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  procurementForm: string,
): Promise<void> {
  requireOrganisation(caller, 'admin', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const current = (await findLeadTimes(trx, organisationId)).find((l) => l.procurementForm === procurementForm);
    if (current) await deleteAudited(trx, caller.audit, 'procurementLeadTimes', { id: current.id, organisationId });
  });
}

/** A new public read-only address of the plan (shown once; the previous one stops working). */
export async function createPublicPlanLink(deps: Deps, caller: Caller, organisationId: string): Promise<Api.CreatedSecretLink> {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  const link = await deps.db
    .transaction()
    .execute((trx) => replaceSecretLink(trx, caller, organisationId, 'procurement_plan', null));
  return { id: link.id, url: `${deps.config.publicUrl}/offentlig/udbudsplan/${link.secret}` };
}

export async function revokePublicPlanLink(deps: Deps, caller: Caller, organisationId: string): Promise<void> {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  await deps.db.transaction().execute((trx) => revokeSecretLinks(trx, caller, organisationId, 'procurement_plan', null));
}

/**
 * The plan as the public sees it through the secret link: what will be tendered and when, by contract name,
 * supplier and procurement form; no numbers, values or internal notes.
 */
export async function publicProcurementPlan(deps: Deps, secret: string): Promise<Api.PublicProcurementPlan> {
  const link = await openSecretLink(deps.db, secret, ['procurement_plan'], deps.clock.now());
  if (!link) throw new AppError('public_link_not_found');
  const day = deps.clock.today();
  const organisation = await getOrganisation(deps.db, link.organisationId);
  const forms = new Map(
    (await resolvedList(deps.db, link.organisationId, 'procurement_form', 'da')).map((v) => [v.key, v.label]),
  );
  const items = await planItems(deps.db, link.organisationId, day, 48);
  return {
    organisationName: organisation?.name ?? '',
    today: day,
    items: items.map((i) => ({
      contractName: i.contractName,
      supplierName: i.supplierName,
      procurementForm: i.procurementForm ? (forms.get(i.procurementForm) ?? null) : null,
      latestEnd: i.latestEnd,
      tenderStartBy: i.tenderStartBy,
      quarter: i.quarter,
    })),
  };
}
