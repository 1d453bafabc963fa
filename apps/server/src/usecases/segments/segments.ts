import type * as Api from '@overblik/api';
import {
  addDays,
  addMonths,
  type CalendarDate,
  categoryTotals,
  contractStatus,
  DEFAULT_FOLLOW_UP_REGIME,
  DEFAULT_SEGMENTATION_RULES,
  type FactorScore,
  FOLLOW_UP_RECURRENCES,
  type FollowUpKind,
  type FollowUpRecurrence,
  type FollowUpRegime,
  followUpOfMeeting,
  formatDanishDate,
  kronerToOre,
  meetingFulfils,
  multiplyRatio,
  nextOccurrence,
  oreToDecimalString,
  planRegimeSync,
  proposeSegment,
  type RegimeActivity,
  ratio,
  ratioToDecimal,
  roundRatio,
  SEGMENT_LABELS,
  SEGMENTS,
  type Segment,
  type SegmentationRules,
  type SegmentContract,
  type SegmentFacts,
  type SegmentProposal,
} from '@overblik/core';
import {
  deleteAudited,
  deleteRemindersOf,
  type Executor,
  getSegmentSettings,
  getSupplier,
  insertAudited,
  listRegimeActivities,
  listSegmentContracts,
  listSegmentInvoices,
  listSegmentPlacements,
  listSuppliers,
  type SegmentPlacementRow,
  type SegmentSettingsRow,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import type { FileDownload } from '../../http/send-file.js';
import { type Column, dateCell, type SheetData, spreadsheetFile } from '../../spreadsheet/write-table.js';
import { markActivityDone } from '../activities/activities.js';
import { requireOrganisation, signatureOf } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { blankToNull } from '../text.js';

/**
 * Supplier segmentation (issue 18): the proposal from what the register knows, the confirmed placements, the
 * organisation's settings, and the follow-up regime's activities on each placed supplier. The rules are pure
 * (packages/core supplier-management/segmentation.ts, follow-up-regime.ts); this reads the facts and writes,
 * audited, what a person decided.
 */

const ACTIVE = new Set(['active', 'under_termination']);
const REGIME_KEY = 'regime:';

type Settings = {
  rules: SegmentationRules;
  labels: Partial<Record<Segment, string>>;
  regime: FollowUpRegime;
  placeContracts: boolean;
  isDefault: boolean;
};

function settingsOf(row: SegmentSettingsRow | undefined): Settings {
  if (!row) {
    return {
      rules: DEFAULT_SEGMENTATION_RULES,
      labels: {},
      regime: DEFAULT_FOLLOW_UP_REGIME,
      placeContracts: false,
      isDefault: true,
    };
  }
  const weights = JSON.parse(row.weights) as Partial<SegmentationRules['weights']>;
  const regime = JSON.parse(row.regime) as Partial<FollowUpRegime>;
  return {
    rules: {
      weights: { ...DEFAULT_SEGMENTATION_RULES.weights, ...weights },
      fullSpend: BigInt(row.fullSpend),
      manyContracts: row.manyContracts,
      highFrom: row.highFrom,
    },
    labels: JSON.parse(row.segmentLabels) as Partial<Record<Segment, string>>,
    regime: { ...DEFAULT_FOLLOW_UP_REGIME, ...regime },
    placeContracts: row.placeContracts === 1,
    isDefault: false,
  };
}

function segmentLabelsOf(settings: Settings, locale: Locale): Record<Segment, string> {
  return Object.fromEntries(SEGMENTS.map((s) => [s, settings.labels[s] ?? SEGMENT_LABELS[s][locale]])) as Record<Segment, string>;
}

function presentSettings(settings: Settings, locale: Locale): Api.SegmentSettings {
  return {
    weights: settings.rules.weights,
    fullSpend: oreToDecimalString(settings.rules.fullSpend),
    manyContracts: settings.rules.manyContracts,
    highFrom: settings.rules.highFrom,
    segmentLabels: segmentLabelsOf(settings, locale),
    regime: Object.fromEntries(SEGMENTS.map((s) => [s, [...settings.regime[s]]])) as Api.SegmentSettings['regime'],
    placeContracts: settings.placeContracts,
    isDefault: settings.isDefault,
  };
}

type ContractFactRow = Awaited<ReturnType<typeof listSegmentContracts>>[number];

function segmentContract(c: ContractFactRow): SegmentContract {
  return {
    number: c.number,
    name: c.name,
    annualCost: c.annualCost,
    currency: c.currency,
    categories: JSON.parse(c.agreementElements) as string[],
    criticality: c.criticality,
    societallyCritical: c.societallyCritical,
    exitClause: c.exitClause,
    dataReturn: c.dataReturn,
    transferability: c.transferability,
    personalData: c.personalData,
  };
}

type InvoiceFacts = { spend: bigint | null; checked: number; deviating: number };

/** What the register knows, per supplier and per contract, on `today` (the last twelve months of invoices). */
async function registerFacts(db: Executor, organisationId: string, today: CalendarDate, supplierId?: string) {
  const all = await listSegmentContracts(db, organisationId);
  const active = all.filter((c) => ACTIVE.has(contractStatus(c, today)));
  const totals = categoryTotals(active.map(segmentContract));
  const invoices = await listSegmentInvoices(db, organisationId, addDays(addMonths(today, -12), 1), today);
  const bySupplier = new Map<string, InvoiceFacts>();
  const byContract = new Map<string, InvoiceFacts>();
  const add = (map: Map<string, InvoiceFacts>, key: string | null, invoice: (typeof invoices)[number]) => {
    if (key === null) return;
    const facts = map.get(key) ?? { spend: null, checked: 0, deviating: 0 };
    if (invoice.status === 'approved' && invoice.currency === 'DKK') {
      const signed = invoice.kind === 'credit_note' ? -invoice.payableAmount : invoice.payableAmount;
      facts.spend = (facts.spend ?? 0n) + signed;
    }
    if (invoice.checkedAt !== null && invoice.duplicateOfId === null) {
      facts.checked += 1;
      if (invoice.deviationCount > 0 && (invoice.maxSeverity === 'warning' || invoice.maxSeverity === 'error'))
        facts.deviating += 1;
    }
    map.set(key, facts);
  };
  for (const invoice of invoices) {
    add(bySupplier, invoice.supplierId, invoice);
    add(byContract, invoice.contractId, invoice);
  }
  const factsOf = (contracts: readonly ContractFactRow[], invoiceFacts: InvoiceFacts | undefined): SegmentFacts => ({
    contracts: contracts.map(segmentContract),
    approvedInvoiceSpend: invoiceFacts?.spend ?? null,
    checkedInvoices: invoiceFacts?.checked ?? 0,
    deviatingInvoices: invoiceFacts?.deviating ?? 0,
    categoryTotals: totals,
  });
  return {
    active: supplierId ? active.filter((c) => c.supplierId === supplierId) : active,
    ofSupplier: (id: string) =>
      factsOf(
        active.filter((c) => c.supplierId === id),
        bySupplier.get(id),
      ),
    ofContract: (c: ContractFactRow) => factsOf([c], byContract.get(c.id)),
  };
}

/** A factor's score and facts as the API tells them (amounts in kroner, the share in per cent with one decimal). */
function presentFactor(f: FactorScore, categories: ReadonlyMap<string, string>): Api.FactorReason {
  const base = {
    factor: f.factor,
    axis: f.axis,
    weight: f.weight,
    score: f.value === null ? null : Number(roundRatio(multiplyRatio(f.value, ratio(100)))),
  };
  const facts = f.facts;
  switch (facts.factor) {
    case 'annualSpend':
      return {
        ...base,
        contractSpend: oreToDecimalString(facts.contractSpend),
        invoiceSpend: facts.invoiceSpend === null ? null : oreToDecimalString(facts.invoiceSpend),
        fullSpend: oreToDecimalString(facts.fullSpend),
        otherCurrencies: facts.otherCurrencies,
      };
    case 'criticality':
      return { ...base, highest: facts.highest, societallyCritical: facts.societallyCritical, contract: facts.contract };
    case 'lockIn':
      return { ...base, contract: facts.contract, signs: [...facts.signs] };
    case 'categoryShare':
      return {
        ...base,
        category: facts.category,
        categoryLabel: facts.category === null ? null : (categories.get(facts.category) ?? facts.category),
        sharePercent: facts.share === null ? null : ratioToDecimal(multiplyRatio(facts.share, ratio(100)), 1),
      };
    case 'dependentContracts':
      return { ...base, count: facts.count, manyContracts: facts.manyContracts };
    case 'personalData':
      return { ...base, yes: facts.yes, unknown: facts.unknown };
    case 'invoiceDeviations':
      return { ...base, checked: facts.checked, deviating: facts.deviating };
  }
}

function presentProposal(p: SegmentProposal, categories: ReadonlyMap<string, string>): Api.SegmentProposal {
  return {
    importance: p.importance,
    supplyRisk: p.supplyRisk,
    segment: p.segment,
    factors: p.factors.map((f) => presentFactor(f, categories)),
  };
}

function presentPlacement(row: SegmentPlacementRow): Api.SegmentPlacement {
  return {
    id: row.id,
    supplierId: row.supplierId,
    contractId: row.contractId,
    segment: row.segment,
    importance: row.importance,
    supplyRisk: row.supplyRisk,
    proposedSegment: row.proposedSegment,
    overridden: row.segment !== row.proposedSegment,
    reason: row.reason,
    confirmedBy: row.confirmedByName,
    confirmedOn: row.confirmedOn,
    reasons: JSON.parse(row.proposalReasons) as Api.FactorReason[],
  };
}

async function categoryLabels(db: Executor, organisationId: string, locale: Locale): Promise<Map<string, string>> {
  return new Map((await resolvedList(db, organisationId, 'agreement_element', locale)).map((v) => [v.key, v.label]));
}

/** Every supplier with its proposal and its placement; filtered by segment (the placed one, else the proposed one). */
export async function getSegmentMatrix(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.SegmentQuery,
  locale: Locale,
): Promise<Api.SegmentMatrix> {
  requireOrganisation(caller, 'read', organisationId);
  const settings = settingsOf(await getSegmentSettings(deps.db, organisationId));
  const items = await matrixItems(deps.db, organisationId, settings, deps.clock.today());
  const counts = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  for (const item of items) if (item.placement) counts[item.placement.segment] += 1;
  const shown = items.filter(
    (i) =>
      (query.segment === undefined || (i.placement?.segment ?? i.proposal.segment) === query.segment) &&
      (query.placed === undefined || (i.placement !== null) === query.placed) &&
      (query.differs === undefined || i.differs === query.differs),
  );
  return {
    settings: presentSettings(settings, locale),
    counts,
    unplaced: items.filter((i) => i.placement === null).length,
    differing: items.filter((i) => i.differs).length,
    items: shown,
  };
}

async function matrixItems(
  db: Executor,
  organisationId: string,
  settings: Settings,
  today: CalendarDate,
): Promise<Api.SegmentMatrixItem[]> {
  const facts = await registerFacts(db, organisationId, today);
  const placements = new Map(
    (await listSegmentPlacements(db, organisationId)).filter((p) => p.scope === 'supplier').map((p) => [p.supplierId, p]),
  );
  const suppliers = (await listSuppliers(db, organisationId, { sort: 'name', limit: 1_000_000, offset: 0 })).items;
  return suppliers.map((s) => {
    const supplierFacts = facts.ofSupplier(s.id);
    const proposal = proposeSegment(supplierFacts, settings.rules);
    const placed = placements.get(s.id);
    return {
      supplierId: s.id,
      supplierName: s.name,
      activeContracts: supplierFacts.contracts.length,
      proposal: { importance: proposal.importance, supplyRisk: proposal.supplyRisk, segment: proposal.segment },
      placement: placed
        ? {
            segment: placed.segment,
            importance: placed.importance,
            supplyRisk: placed.supplyRisk,
            overridden: placed.segment !== placed.proposedSegment,
            confirmedOn: placed.confirmedOn,
            confirmedBy: placed.confirmedByName,
          }
        : null,
      differs: placed !== undefined && placed.proposedSegment !== proposal.segment,
    };
  });
}

/** One supplier's proposal with its reasons, its placement, its follow-up activities and, if wanted, its contracts'. */
export async function getSupplierSegmentation(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  locale: Locale,
): Promise<Api.SupplierSegmentation> {
  requireOrganisation(caller, 'read', organisationId);
  return supplierSegmentation(deps.db, organisationId, supplierId, deps.clock.today(), locale);
}

async function supplierSegmentation(
  db: Executor,
  organisationId: string,
  supplierId: string,
  today: CalendarDate,
  locale: Locale,
): Promise<Api.SupplierSegmentation> {
  const supplier = await getSupplier(db, organisationId, supplierId);
  if (!supplier) throw new AppError('supplier_not_found');
  const settings = settingsOf(await getSegmentSettings(db, organisationId));
  const facts = await registerFacts(db, organisationId, today, supplierId);
  const categories = await categoryLabels(db, organisationId, locale);
  const placements = await listSegmentPlacements(db, organisationId, supplierId);
  const own = placements.find((p) => p.scope === 'supplier') ?? null;
  const proposal = proposeSegment(facts.ofSupplier(supplierId), settings.rules);
  const followUps = (await listRegimeActivities(db, organisationId, supplierId)).map((a) => ({
    activityId: a.id,
    kind: a.derivedKey?.slice(REGIME_KEY.length) as FollowUpKind,
    recurrence: a.recurrence,
    dueOn: a.dueOn,
  }));
  const contracts = settings.placeContracts
    ? facts.active.map((c) => {
        const p = proposeSegment(facts.ofContract(c), settings.rules);
        const placed = placements.find((x) => x.contractId === c.id) ?? null;
        return {
          contractId: c.id,
          number: c.number,
          name: c.name,
          proposal: presentProposal(p, categories),
          placement: placed ? presentPlacement(placed) : null,
          differs: placed !== null && placed.proposedSegment !== p.segment,
        };
      })
    : [];
  return {
    supplierId,
    supplierName: supplier.name,
    segmentLabels: segmentLabelsOf(settings, locale),
    proposal: presentProposal(proposal, categories),
    placement: own ? presentPlacement(own) : null,
    differs: own !== null && own.proposedSegment !== proposal.segment,
    followUps,
    contracts,
  };
}

/**
 * Confirms the proposed segment of a supplier (or of one of its active contracts), or places it in another with a
 * reason; the proposal as it is now is kept with the placement. A supplier's placement sets its follow-up regime.
 */
export async function confirmSegment(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  input: Api.ConfirmSegmentRequest,
  locale: Locale,
): Promise<Api.SupplierSegmentation> {
  requireOrganisation(caller, 'write', organisationId);
  const today = deps.clock.today();
  await deps.db.transaction().execute(async (trx) => {
    const supplier = await getSupplier(trx, organisationId, supplierId);
    if (!supplier) throw new AppError('supplier_not_found');
    const settings = settingsOf(await getSegmentSettings(trx, organisationId));
    const facts = await registerFacts(trx, organisationId, today, supplierId);
    let contract: ContractFactRow | null = null;
    if (input.contractId !== undefined) {
      contract = facts.active.find((c) => c.id === input.contractId) ?? null;
      if (!contract) throw invalidFields({ field: '/contractId', code: 'segment_contract_not_active' });
    }
    const proposal = proposeSegment(contract ? facts.ofContract(contract) : facts.ofSupplier(supplierId), settings.rules);
    const reason = blankToNull(input.reason ?? null);
    if (input.segment !== proposal.segment && reason === null)
      throw invalidFields({ field: '/reason', code: 'segment_reason_required' });
    const categories = await categoryLabels(trx, organisationId, 'da');
    const scope = contract ? contract.id : 'supplier';
    const existing = (await listSegmentPlacements(trx, organisationId, supplierId)).find((p) => p.scope === scope);
    const values = {
      segment: input.segment,
      importance: proposal.importance,
      supplyRisk: proposal.supplyRisk,
      proposedSegment: proposal.segment,
      proposalReasons: JSON.stringify(proposal.factors.map((f) => presentFactor(f, categories))),
      reason,
      confirmedByUserId: caller.audit.userId,
      confirmedByName: signatureOf(caller),
      confirmedOn: today,
    };
    if (existing) await updateAudited(trx, caller.audit, 'supplierSegments', { id: existing.id, organisationId }, values);
    else {
      const now = deps.clock.now().toISOString();
      await insertAudited(trx, caller.audit, 'supplierSegments', {
        id: crypto.randomUUID(),
        organisationId,
        supplierId,
        contractId: contract?.id ?? null,
        scope,
        ...values,
        createdAt: now,
        updatedAt: now,
      });
    }
    if (!contract)
      await syncRegime(trx, caller, organisationId, supplierId, settings.regime[input.segment], today, deps.clock.now());
  });
  return supplierSegmentation(deps.db, organisationId, supplierId, today, locale);
}

/** Takes a placement back (the supplier's: its follow-up activities go too). */
export async function removeSegmentPlacement(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  contractId: string | undefined,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await getSupplier(trx, organisationId, supplierId))) throw new AppError('supplier_not_found');
    const scope = contractId ?? 'supplier';
    const placement = (await listSegmentPlacements(trx, organisationId, supplierId)).find((p) => p.scope === scope);
    if (!placement) throw new AppError('segment_placement_not_found');
    await deleteAudited(trx, caller.audit, 'supplierSegments', { id: placement.id, organisationId });
    if (!contractId) await syncRegime(trx, caller, organisationId, supplierId, [], deps.clock.today(), deps.clock.now());
  });
}

/** Removes a supplier's placements (its own and its contracts'), audited: when the supplier is deleted. */
export async function deleteSegmentPlacementsOf(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  of: { supplierId: string } | { contractId: string },
): Promise<void> {
  const placements = await listSegmentPlacements(trx, organisationId, 'supplierId' in of ? of.supplierId : undefined);
  for (const p of placements) {
    if ('contractId' in of && p.contractId !== of.contractId) continue;
    await deleteAudited(trx, caller.audit, 'supplierSegments', { id: p.id, organisationId });
  }
}

/** Brings the supplier's regime activities in step with `wanted` (planRegimeSync), every change audited. */
async function syncRegime(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  wanted: FollowUpRegime[Segment],
  today: CalendarDate,
  now: Date,
): Promise<void> {
  const rows = await listRegimeActivities(trx, organisationId, supplierId);
  const existing: RegimeActivity[] = rows.map((a) => ({
    id: a.id,
    kind: a.derivedKey?.slice(REGIME_KEY.length) as FollowUpKind,
    recurrence: a.recurrence,
    dueOn: a.dueOn,
    done: a.status === 'done',
  }));
  const plan = planRegimeSync(existing, wanted, today);
  const stamp = now.toISOString();
  for (const c of plan.create) {
    await insertAudited(trx, caller.audit, 'activities', {
      id: crypto.randomUUID(),
      organisationId,
      contractId: null,
      supplierId,
      type: c.kind,
      title: null,
      description: null,
      recurrence: c.recurrence,
      anchorOn: c.anchorOn,
      recurrenceDates: '[]',
      dueOn: c.anchorOn,
      responsibleUserId: caller.audit.type === 'user' ? caller.audit.userId : null,
      leadDays: null,
      extraEmails: '[]',
      derivedKey: `${REGIME_KEY}${c.kind}`,
      status: 'open',
      nextReminderOn: today,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  for (const u of plan.update) {
    const current = rows.find((r) => r.id === u.id);
    const due = current?.doneOn
      ? (nextOccurrence({ recurrence: u.recurrence, anchor: u.anchorOn, dates: [] }, current.doneOn) ?? u.anchorOn)
      : u.anchorOn;
    await updateAudited(
      trx,
      caller.audit,
      'activities',
      { id: u.id, organisationId },
      { recurrence: u.recurrence, anchorOn: u.anchorOn, dueOn: due, status: 'open', nextReminderOn: today },
    );
  }
  if (plan.remove.length > 0) {
    await deleteRemindersOf(trx, organisationId, plan.remove);
    for (const id of plan.remove) await deleteAudited(trx, caller.audit, 'activities', { id, organisationId });
  }
}

export async function getSegmentSettingsOf(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<Api.SegmentSettings> {
  requireOrganisation(caller, 'read', organisationId);
  return presentSettings(settingsOf(await getSegmentSettings(deps.db, organisationId)), locale);
}

/**
 * Changes the organisation's settings (PATCH; administrators). A changed regime is applied at once to every placed
 * supplier's follow-up activities.
 */
export async function updateSegmentSettings(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.UpdateSegmentSettingsRequest,
  locale: Locale,
): Promise<Api.SegmentSettings> {
  requireOrganisation(caller, 'admin', organisationId);
  const today = deps.clock.today();
  return deps.db.transaction().execute(async (trx) => {
    const row = await getSegmentSettings(trx, organisationId);
    const current = settingsOf(row);
    if (input.regime) checkRegime(input.regime);
    const labels = { ...current.labels };
    for (const [segment, label] of Object.entries(input.segmentLabels ?? {}) as Array<[Segment, string | null]>) {
      const text = blankToNull(label);
      if (text === null) delete labels[segment];
      else labels[segment] = text;
    }
    const next = {
      weights: JSON.stringify({ ...current.rules.weights, ...input.weights }),
      fullSpend: input.fullSpend !== undefined ? kronerToOre(input.fullSpend) : current.rules.fullSpend,
      manyContracts: input.manyContracts ?? current.rules.manyContracts,
      highFrom: input.highFrom ?? current.rules.highFrom,
      segmentLabels: JSON.stringify(labels),
      regime: JSON.stringify({ ...current.regime, ...input.regime }),
      placeContracts: (input.placeContracts ?? current.placeContracts) ? 1 : 0,
    };
    const now = deps.clock.now().toISOString();
    const saved = row
      ? await updateAudited(trx, caller.audit, 'supplierSegmentSettings', { id: row.id, organisationId }, next)
      : await insertAudited(trx, caller.audit, 'supplierSegmentSettings', {
          id: crypto.randomUUID(),
          organisationId,
          ...next,
          createdAt: now,
          updatedAt: now,
        });
    const settings = settingsOf(saved as SegmentSettingsRow);
    if (input.regime) {
      for (const placement of await listSegmentPlacements(trx, organisationId)) {
        if (placement.scope !== 'supplier') continue;
        await syncRegime(
          trx,
          caller,
          organisationId,
          placement.supplierId,
          settings.regime[placement.segment],
          today,
          deps.clock.now(),
        );
      }
    }
    return presentSettings(settings, locale);
  });
}

/** A regime names each follow-up at most once per segment. */
function checkRegime(regime: Partial<FollowUpRegime>): void {
  for (const [segment, followUps] of Object.entries(regime)) {
    const kinds = (followUps ?? []).map((f) => f.kind);
    if (new Set(kinds).size !== kinds.length)
      throw invalidFields({ field: `/regime/${segment}`, code: 'regime_duplicate_follow_up' });
  }
}

const EXPORT_COLUMNS: Column[] = [
  { heading: 'Leverandør', width: 36 },
  { heading: 'Segment', width: 16 },
  { heading: 'Foreslået segment', width: 18 },
  { heading: 'Betydning (0-100)', kind: 'integer', width: 14 },
  { heading: 'Forsyningsrisiko (0-100)', kind: 'integer', width: 16 },
  { heading: 'Aktive kontrakter', kind: 'integer', width: 12 },
  { heading: 'Placeret af', width: 24 },
  { heading: 'Placeret den', kind: 'date', width: 14 },
  { heading: 'Forslaget afviger', width: 12 },
];

/** The matrix as a spreadsheet (.xlsx or .csv): one row per supplier, in Danish. */
export async function exportSegments(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.SegmentExportQuery,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const today = deps.clock.today();
  const settings = settingsOf(await getSegmentSettings(deps.db, organisationId));
  const labels = segmentLabelsOf(settings, 'da');
  const items = (await matrixItems(deps.db, organisationId, settings, today)).filter(
    (i) => query.segment === undefined || (i.placement?.segment ?? i.proposal.segment) === query.segment,
  );
  const sheet: SheetData = {
    name: 'Segmentering',
    columns: EXPORT_COLUMNS,
    rows: items.map((i) => [
      i.supplierName,
      i.placement ? labels[i.placement.segment] : 'Ikke placeret',
      labels[i.proposal.segment],
      i.placement?.importance ?? i.proposal.importance,
      i.placement?.supplyRisk ?? i.proposal.supplyRisk,
      i.activeContracts,
      i.placement?.confirmedBy ?? null,
      dateCell(i.placement?.confirmedOn ?? null),
      i.differs ? 'Ja' : 'Nej',
    ]),
  };
  return spreadsheetFile(`leverandoersegmentering-${today}`, query.format ?? 'xlsx', [sheet]);
}

/**
 * A held meeting with a supplier fulfils the open occurrence of its follow-up regime (the status meeting, or the
 * strategic meeting for a meeting at the strategic level) when it was held in that occurrence's period or later
 * (`meetingFulfils`): the occurrence is done with the meeting named, and the follow-up moves on to the next period.
 */
export async function fulfilFollowUp(
  trx: Executor,
  caller: Caller,
  meeting: {
    organisationId: string;
    supplierId: string | null;
    governanceBodyId: string | null;
    collaborationLevel: string | null;
    title: string;
    heldOn: CalendarDate;
  },
  day: CalendarDate,
): Promise<void> {
  if (!meeting.supplierId || meeting.governanceBodyId) return;
  const kind = followUpOfMeeting(meeting.collaborationLevel);
  const regime = (await listRegimeActivities(trx, meeting.organisationId, meeting.supplierId)).find(
    (a) => a.derivedKey === `${REGIME_KEY}${kind}` && a.status === 'open',
  );
  if (!regime || !isFollowUpRecurrence(regime.recurrence) || !meetingFulfils(regime.dueOn, regime.recurrence, meeting.heldOn))
    return;
  await markActivityDone(trx, caller, regime, `${meeting.title} ${formatDanishDate(meeting.heldOn)}`, day);
}

function isFollowUpRecurrence(value: string): value is FollowUpRecurrence {
  return (FOLLOW_UP_RECURRENCES as readonly string[]).includes(value);
}
