import type * as Api from '@overblik/api';
import { type CalendarDate, canonicalDecimal } from '@overblik/core';
import { listAllContracts, listOrganisations as listOrganisationRows } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { requireSystemAdmin } from '../authorize.js';
import { createContractOption, updateContractOption } from '../contracts/contract-options.js';
import { CONTRACT_DEFAULTS } from '../contracts/contract-values.js';
import { createContract, getContract, updateContract } from '../contracts/contracts.js';
import { createPriceElement, updatePriceElement } from '../contracts/price-elements.js';
import { createEscalation } from '../escalations/escalations.js';
import { seedGovernanceDemo } from '../governance/demo-governance.js';
import { listBodies } from '../governance/governance-bodies.js';
import { collectAgenda, updateAgendaItem } from '../meetings/agenda.js';
import { createMeeting, listMeetings, updateMeeting } from '../meetings/meetings.js';
import { addAction, addDecision } from '../meetings/minutes.js';
import { createOrganisation } from '../organisations/organisations.js';
import { confirmSegment, getSupplierSegmentation } from '../segments/segments.js';
import { createSupplier, listSuppliers, updateSupplier } from '../suppliers/suppliers.js';
import { createUnit, listUnits, updateUnit } from '../units/units.js';
import {
  DEMO_PLACEMENTS,
  DEMO_SUPPLIERS,
  DEMO_UNITS,
  type DemoContract,
  type DemoOption,
  type DemoPriceElement,
  type DemoSupplier,
  demoContracts,
  demoMeetings,
} from './demo-data.js';

export const DEMO_ORGANISATION_NAME = 'Demo Kommune (eksempeldata)';

type Counts = { created: number; updated: number; unchanged: number };
export type DemoResult = {
  organisationId: string;
  organisationCreated: boolean;
  units: Counts;
  suppliers: Counts;
  contracts: Counts;
  priceElements: Counts;
  options: Counts;
  meetings: Counts;
};

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Creates the demo organisation (kind `anden`, "Demo Kommune (eksempeldata)") with invented units,
 * suppliers, contracts, price elements and options, or refreshes it: whatever differs from the demo data is
 * changed back, what is missing is added, and nothing else is touched (objects added by hand stay; no other
 * organisation is read or written). Every write goes through the register's own use cases, so it is checked
 * and audited like any other change, as `caller` (the operator, from the CLI).
 */
export async function seedDemo(deps: Deps, caller: Caller, today = deps.clock.today()): Promise<DemoResult> {
  requireSystemAdmin(caller);
  const existing = (await listOrganisationRows(deps.db, { ids: 'all', kind: 'anden', q: DEMO_ORGANISATION_NAME })).find(
    (o) => o.name === DEMO_ORGANISATION_NAME,
  );
  const organisationId =
    existing?.id ?? (await createOrganisation(deps, caller, { kind: 'anden', name: DEMO_ORGANISATION_NAME })).id;
  const result: DemoResult = {
    organisationId,
    organisationCreated: !existing,
    units: counts(),
    suppliers: counts(),
    contracts: counts(),
    priceElements: counts(),
    options: counts(),
    meetings: counts(),
  };
  const unitIds = await seedUnits(deps, caller, organisationId, result.units);
  const supplierIds = await seedSuppliers(deps, caller, organisationId, result.suppliers);
  await seedContracts(deps, caller, organisationId, demoContracts(today), { unitIds, supplierIds }, result);
  const collaborating = supplierIds.get('arkivaris');
  if (collaborating) await seedGovernanceDemo(deps, caller, organisationId, collaborating);
  await seedPlacements(deps, caller, organisationId, supplierIds);
  await seedMeetings(deps, caller, organisationId, today, supplierIds, result.meetings);
  return result;
}

/** Places the demo's chosen suppliers in the segmentation matrix, once: a placement made since is left as it is. */
async function seedPlacements(deps: Deps, caller: Caller, organisationId: string, supplierIds: Map<string, string>) {
  for (const placement of DEMO_PLACEMENTS) {
    const supplierId = supplierIds.get(placement.supplier);
    if (!supplierId) continue;
    const current = await getSupplierSegmentation(deps, caller, organisationId, supplierId, 'da');
    if (current.placement) continue;
    await confirmSegment(
      deps,
      caller,
      organisationId,
      supplierId,
      { segment: placement.segment ?? current.proposal.segment, ...(placement.reason && { reason: placement.reason }) },
      'da',
    );
  }
}

/**
 * The demo's status meetings, each made once (found again by supplier and title; one a person changed stays as
 * it is): the agenda fetched from the register, the minutes' notes, decisions and actions of a held meeting.
 */
async function seedMeetings(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  today: CalendarDate,
  supplierIds: Map<string, string>,
  tally: Counts,
): Promise<void> {
  const existing = (await listMeetings(deps, caller, organisationId, { limit: 500 })).items;
  const contracts = new Map((await listAllContracts(deps.db, organisationId)).map((c) => [c.number, c.id]));
  for (const m of demoMeetings(today)) {
    const supplierId = supplierIds.get(m.supplier) ?? null;
    if (existing.some((e) => e.supplierId === supplierId && e.title === m.title)) {
      tally.unchanged++;
      continue;
    }
    const created = await createMeeting(deps, caller, organisationId, {
      title: m.title,
      heldOn: m.heldOn,
      startsAt: m.startsAt,
      supplierId,
      contractId: m.contract ? (contracts.get(m.contract) ?? null) : null,
      forum: m.forum,
      location: m.location,
    });
    const agenda = (await collectAgenda(deps, caller, organisationId, created.id, {})).agenda;
    for (const [section, notes] of Object.entries(m.notes)) {
      const item = agenda.find((i) => i.source === 'template' && i.reference === section);
      if (item) await updateAgendaItem(deps, caller, organisationId, created.id, item.id, { notes });
    }
    for (const text of m.decisions) await addDecision(deps, caller, organisationId, created.id, { text });
    for (const action of m.actions) await addAction(deps, caller, organisationId, created.id, action);
    if (m.escalate) {
      const { section, title, toBody } = m.escalate;
      const item = agenda.find((i) => i.source === 'template' && i.reference === section);
      const body = (await listBodies(deps, caller, organisationId)).items.find((b) => b.name === toBody);
      if (item && body)
        await createEscalation(deps, caller, organisationId, {
          fromMeetingId: created.id,
          fromAgendaItemId: item.id,
          title,
          toBodyId: body.id,
        });
    }
    if (m.held) await updateMeeting(deps, caller, organisationId, created.id, { status: 'held' });
    tally.created++;
  }
}

/** Fields of `wanted` whose value differs from `current` (compared as JSON), as a PATCH. */
function differences<T extends object>(wanted: T, current: object): Partial<T> {
  const patch: Partial<T> = {};
  for (const [key, value] of Object.entries(wanted) as Array<[keyof T, T[keyof T]]>) {
    if (JSON.stringify(value) !== JSON.stringify((current as Record<keyof T, unknown>)[key])) patch[key] = value;
  }
  return patch;
}

const changed = (patch: object) => Object.keys(patch).length > 0;

async function seedUnits(deps: Deps, caller: Caller, organisationId: string, tally: Counts): Promise<Map<string, string>> {
  const ids = new Map((await listUnits(deps, caller, organisationId)).map((u) => [u.name, u]));
  const result = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const parentId = unit.parent ? (result.get(unit.parent) ?? null) : null;
    const current = ids.get(unit.name);
    if (!current) {
      result.set(unit.name, (await createUnit(deps, caller, organisationId, { name: unit.name, parentId })).id);
      tally.created++;
      continue;
    }
    result.set(unit.name, current.id);
    if (current.parentId !== parentId) {
      await updateUnit(deps, caller, organisationId, current.id, { parentId });
      tally.updated++;
    } else tally.unchanged++;
  }
  return result;
}

async function seedSuppliers(deps: Deps, caller: Caller, organisationId: string, tally: Counts): Promise<Map<string, string>> {
  const current = (await listSuppliers(deps, caller, organisationId, { limit: 500 })).items;
  const result = new Map<string, string>();
  for (const supplier of DEMO_SUPPLIERS) {
    const wanted = supplierRequest(supplier);
    const match = current.find((s) =>
      supplier.cvr ? s.cvr === supplier.cvr : s.country === wanted.country && s.foreignId === wanted.foreignId,
    );
    if (!match) {
      result.set(supplier.key, (await createSupplier(deps, caller, organisationId, wanted)).id);
      tally.created++;
      continue;
    }
    result.set(supplier.key, match.id);
    const patch = differences(wanted, match);
    if (changed(patch)) {
      await updateSupplier(deps, caller, organisationId, match.id, patch);
      tally.updated++;
    } else tally.unchanged++;
  }
  return result;
}

function supplierRequest({ key: _key, ...s }: DemoSupplier): Api.CreateSupplierRequest {
  return {
    name: s.name,
    country: s.country ?? 'DK',
    cvr: s.cvr ?? null,
    foreignId: s.foreignId ?? null,
    street: s.street ?? null,
    postalCode: s.postalCode ?? null,
    city: s.city ?? null,
    classification: s.classification ?? null,
    notes: s.notes ?? null,
  };
}

type Ids = { unitIds: Map<string, string>; supplierIds: Map<string, string> };

async function seedContracts(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contracts: readonly DemoContract[],
  ids: Ids,
  result: DemoResult,
) {
  const existing = new Map((await listAllContracts(deps.db, organisationId)).map((c) => [c.number, c.id]));
  // Main contracts before the tillæg that name them.
  const ordered = [...contracts.filter((c) => !c.parent), ...contracts.filter((c) => c.parent)];
  for (const contract of ordered) {
    const wanted = contractRequest(contract, ids, existing);
    const id = existing.get(contract.number);
    let details: Api.ContractDetails;
    if (!id) {
      const created = await createContract(deps, caller, organisationId, wanted);
      existing.set(contract.number, created.id);
      result.contracts.created++;
      details = await getContract(deps, caller, organisationId, created.id);
    } else {
      details = await getContract(deps, caller, organisationId, id);
      const patch = differences(wanted, details);
      if (changed(patch)) {
        await updateContract(deps, caller, organisationId, id, patch);
        result.contracts.updated++;
      } else result.contracts.unchanged++;
    }
    await seedPriceElements(deps, caller, organisationId, details, contract.priceElements ?? [], ids, result.priceElements);
    await seedOptions(deps, caller, organisationId, details, contract.options ?? [], result.options);
  }
}

/** The complete request for a demo contract: every field of the model, so a refresh also clears what was added. */
function contractRequest(c: DemoContract, ids: Ids, numbers: Map<string, string>): Api.CreateContractRequest {
  const { supplier, parent, unit, priceElements: _p, options: _o, ...fields } = c;
  return {
    ...CONTRACT_DEFAULTS,
    ...fields,
    ...decimals(fields),
    supplierId: supplier ? (ids.supplierIds.get(supplier) ?? null) : null,
    parentId: parent ? (numbers.get(parent) ?? null) : null,
    responsibleUnitId: unit ? (ids.unitIds.get(unit) ?? null) : null,
  };
}

/** Percentages as the register writes them back ("3.50" → "3.5"), so a refresh compares like with like. */
function decimals(c: Partial<Api.CreateContractRequest>): Partial<Api.CreateContractRequest> {
  const out: Partial<Api.CreateContractRequest> = {};
  for (const key of ['priceRegulationPercent', 'priceRegulationCapPercent', 'priceRegulationFloorPercent'] as const) {
    const value = c[key];
    if (value) out[key] = canonicalDecimal(value);
  }
  return out;
}

async function seedPriceElements(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contract: Api.ContractDetails,
  elements: readonly DemoPriceElement[],
  ids: Ids,
  tally: Counts,
) {
  for (const element of elements) {
    const { payingUnits, ...fields } = element;
    const wanted: Api.CreatePriceElementRequest = {
      number: null,
      unitCode: 'EA',
      recurrence: 'one_off',
      validFrom: null,
      validTo: null,
      accountCoding: null,
      notes: null,
      ...fields,
      unitPrice: canonicalDecimal(fields.unitPrice),
      quantity: fields.quantity ? canonicalDecimal(fields.quantity) : null,
      payingUnitIds: (payingUnits ?? []).map((name) => ids.unitIds.get(name)).filter((id): id is string => id !== undefined),
    };
    const current = contract.priceElements.find((p) => p.number === wanted.number);
    if (!current) {
      await createPriceElement(deps, caller, organisationId, contract.id, wanted);
      tally.created++;
      continue;
    }
    const patch = differences(wanted, current);
    if (changed(patch)) {
      await updatePriceElement(deps, caller, organisationId, contract.id, current.id, patch);
      tally.updated++;
    } else tally.unchanged++;
  }
}

async function seedOptions(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contract: Api.ContractDetails,
  options: readonly DemoOption[],
  tally: Counts,
) {
  for (const option of options) {
    const wanted: Api.CreateContractOptionRequest = {
      periods: null,
      periodMonths: null,
      latestExerciseOn: null,
      leadTimeMonths: null,
      exercisedPeriods: 0,
      exercisedOn: null,
      ...option,
    };
    const current = contract.options.find((o) => o.description === option.description);
    if (!current) {
      await createContractOption(deps, caller, organisationId, contract.id, wanted);
      tally.created++;
      continue;
    }
    const patch = differences(wanted, current);
    if (changed(patch)) {
      await updateContractOption(deps, caller, organisationId, contract.id, current.id, patch);
      tally.updated++;
    } else tally.unchanged++;
  }
}
