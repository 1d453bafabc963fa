import type * as Api from '@overblik/api';
import {
  type CostModelDescription,
  type CostProjectProblem,
  costProjectProblems,
  type DescriptionProblem,
  jsonPointer,
  kronerToOre,
  oreToDecimalString,
} from '@overblik/core';
import {
  type CostMemberRow,
  type CostProjectRow,
  deleteAudited,
  type Executor,
  findCostProject,
  insertAudited,
  listCostProjectMembers,
  listCostProjects as listCostProjectRows,
  municipalityOrganisations,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError } from '../../errors/app-error.js';
import { requireJointOrganisation, requireOrganisation } from '../authorize.js';
import { type LoadedCostProject, loadCostProject, problemsOf, projectDescription, storeProblems } from './stored-projects.js';

/**
 * A joint organisation's cost-sharing projects: the terms and model are stored as entered and checked by the same
 * schema and rules as the CLI's project files (docs/cost-sharing.md), so a saved project always describes a valid
 * model; what it still lacks to be computed (a member without a population figure) is its `problems`, computed when
 * the description or the populations change and stored with it (a read does not plan the project).
 */
export async function listCostProjects(deps: Deps, caller: Caller, organisationId: string): Promise<Api.CostProjectList> {
  requireOrganisation(caller, 'read', organisationId);
  const rows = await listCostProjectRows(deps.db, organisationId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      modelKind: r.modelKind,
      period: { start: r.periodStart, end: r.periodEnd },
      memberCount: r.memberCount,
      updatedAt: r.updatedAt,
    })),
  };
}

export async function getCostProject(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
): Promise<Api.CostProject> {
  requireOrganisation(caller, 'read', organisationId);
  const loaded = await loadCostProject(deps.db, organisationId, projectId);
  return presentCostProject(deps.db, loaded);
}

export async function createCostProject(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CostProjectInput,
): Promise<Api.CostProject> {
  requireOrganisation(caller, 'write', organisationId);
  await requireJointOrganisation(deps.db, organisationId);
  const projectId = await deps.db.transaction().execute(async (trx) => {
    const members = await checkedMembers(trx, input);
    const now = deps.clock.now().toISOString();
    const row = await insertAudited(trx, caller.audit, 'costProjects', {
      id: crypto.randomUUID(),
      organisationId,
      ...projectColumns(input),
      createdAt: now,
      updatedAt: now,
    });
    await saveMembers(trx, caller, organisationId, row.id, [], members);
    const stored = await findCostProject(trx, organisationId, row.id);
    if (stored) await storeProblems(trx, stored);
    return row.id;
  });
  return presentCostProject(deps.db, await loadCostProject(deps.db, organisationId, projectId));
}

/** Replaces the project's terms, model and member list; every changed field and member is audited. */
export async function updateCostProject(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
  input: Api.CostProjectInput,
): Promise<Api.CostProject> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await findCostProject(trx, organisationId, projectId))) throw new AppError('cost_project_not_found');
    const members = await checkedMembers(trx, input);
    await updateAudited(
      trx,
      caller.audit,
      'costProjects',
      { id: projectId, organisationId },
      { ...projectColumns(input), updatedAt: deps.clock.now().toISOString() },
    );
    const existing = await listCostProjectMembers(trx, organisationId, [projectId]);
    await saveMembers(trx, caller, organisationId, projectId, existing, members);
    const row = await findCostProject(trx, organisationId, projectId);
    if (row) await storeProblems(trx, row);
  });
  return presentCostProject(deps.db, await loadCostProject(deps.db, organisationId, projectId));
}

export async function deleteCostProject(deps: Deps, caller: Caller, organisationId: string, projectId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await findCostProject(trx, organisationId, projectId))) throw new AppError('cost_project_not_found');
    for (const member of await listCostProjectMembers(trx, organisationId, [projectId])) {
      await deleteAudited(trx, caller.audit, 'costProjectMembers', { id: member.id, organisationId });
    }
    await deleteAudited(trx, caller.audit, 'costProjects', { id: projectId, organisationId });
  });
}

async function presentCostProject(db: Executor, loaded: LoadedCostProject): Promise<Api.CostProject> {
  const { row, members } = loaded;
  const problems = await problemsOf(db, loaded);
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    period: { start: row.periodStart, end: row.periodEnd },
    invoicing: row.invoicing,
    proration: row.proration,
    populationDate: row.populationDate,
    pilotFreeMonths: row.pilotFreeMonths,
    exitPayment: row.exitPayment === null ? null : row.exitPayment === 1,
    businessCaseCosts: row.businessCaseCosts === null ? null : oreToDecimalString(row.businessCaseCosts),
    model: JSON.parse(row.model),
    modelKind: row.modelKind,
    comparison: row.comparisonModel === null ? null : { name: row.comparisonName ?? '', model: JSON.parse(row.comparisonModel) },
    members: members.map((m) => ({
      id: m.id,
      organisationId: m.memberOrganisationId,
      municipalityCode: m.municipalityCode,
      name: m.memberName,
      availableFrom: m.availableFrom,
      wave: m.wave,
      pilot: m.pilot === 1,
      exitOn: m.exitOn,
    })),
    problems,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Problems as field errors: each at its place (a JSON pointer for a description's problem), with the Danish message. */
export function ruleErrors(problems: readonly CostProjectProblem[]): FieldError[] {
  return problems.map((p) => ({ field: p.path, code: 'cost_rule', message: p.message }));
}

type CheckedMember = Api.CostProjectMemberInput & { memberOrganisationId: string };

/**
 * The input's members with their organisations, after the whole description has been checked as the planner reads
 * it: every problem is answered at once, with its place as a JSON pointer into the request (`/members/2/exitOn`,
 * `/model/rate`, `/comparison/model/rate`), as the request's own validation names fields.
 */
async function checkedMembers(db: Executor, input: Api.CostProjectInput): Promise<CheckedMember[]> {
  const municipalities = await municipalityOrganisations(db);
  const errors: FieldError[] = [];
  const members: CheckedMember[] = [];
  input.members.forEach((member, index) => {
    const organisation = municipalities.get(member.municipalityCode);
    if (!organisation) errors.push({ field: `/members/${index}/municipalityCode`, code: 'unknown_reference' });
    else members.push({ ...member, memberOrganisationId: organisation.id });
  });
  if (errors.length > 0) throw new AppError('validation_failed', errors);
  const problems = descriptionProblems(input, municipalities, 'model');
  if (input.comparison) {
    const seen = new Set(problems.map((p) => `${p.path} ${p.message}`));
    for (const p of descriptionProblems(input, municipalities, 'comparison')) {
      if (!seen.has(`${p.path} ${p.message}`)) problems.push(p);
    }
  }
  if (problems.length > 0) {
    throw new AppError('cost_project_invalid', ruleErrors(problems));
  }
  return members;
}

/**
 * The problems of the input's description (structure by core's schema, then the meaning rules), each at its JSON
 * pointer in the request; members as given (a project may be saved before it has members).
 */
function descriptionProblems(
  input: Api.CostProjectInput,
  municipalities: Map<string, { name: string }>,
  which: 'model' | 'comparison',
): CostProjectProblem[] {
  const members = input.members.map((m) => ({
    code: m.municipalityCode,
    name: municipalities.get(m.municipalityCode)?.name ?? m.municipalityCode,
    availableFrom: m.availableFrom,
    wave: m.wave ?? null,
    pilot: m.pilot ?? false,
    exitOn: m.exitOn ?? null,
    populations: [],
  }));
  const modelInput = which === 'comparison' ? input.comparison?.model : input.model;
  const description = projectDescription(projectColumns(input), members, modelInput as CostModelDescription, which);
  return (
    costProjectProblems(description)
      // An empty member list is allowed while the project is being set up.
      .filter((p) => !(input.members.length === 0 && p.at.length === 1 && p.at[0] === 'members'))
      .map((p) => ({ path: jsonPointer(requestPath(p, which)), message: p.message }))
  );
}

/** A description's place as the same place in the request (`members[i].code` is `municipalityCode` there). */
function requestPath({ at }: DescriptionProblem, which: 'model' | 'comparison'): DescriptionProblem['at'] {
  const [head, ...rest] = at;
  if (head === 'model' && which === 'comparison') return ['comparison', 'model', ...rest];
  if (head === 'businessCase') return ['businessCaseCosts'];
  if (head === 'members' && rest[1] === 'code') return ['members', rest[0] as number, 'municipalityCode'];
  return at;
}

function projectColumns(input: Api.CostProjectInput) {
  const kind = input.model.kind as CostProjectRow['modelKind'];
  return {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    periodStart: input.period.start,
    periodEnd: input.period.end,
    invoicing: input.invoicing ?? 'kombit',
    proration: input.proration ?? 'days',
    populationDate: input.populationDate ?? '01-01',
    pilotFreeMonths: input.pilotFreeMonths ?? 2,
    exitPayment: input.exitPayment === null || input.exitPayment === undefined ? null : input.exitPayment ? 1 : 0,
    businessCaseCosts: input.businessCaseCosts ? kronerToOre(input.businessCaseCosts) : null,
    modelKind: kind,
    model: JSON.stringify(input.model),
    comparisonName: input.comparison?.name.trim() ?? null,
    comparisonModel: input.comparison ? JSON.stringify(input.comparison.model) : null,
  };
}

/** Members are matched on their organisation: new ones are added, changed ones updated, missing ones removed. */
async function saveMembers(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  projectId: string,
  existing: readonly CostMemberRow[],
  wanted: readonly CheckedMember[],
): Promise<void> {
  const now = caller.audit.clock.now().toISOString();
  const byOrganisation = new Map(existing.map((m) => [m.memberOrganisationId, m]));
  const kept = new Set<string>();
  for (const member of wanted) {
    const values = {
      availableFrom: member.availableFrom,
      wave: member.wave?.trim() || null,
      pilot: member.pilot ? 1 : 0,
      exitOn: member.exitOn ?? null,
    };
    const current = byOrganisation.get(member.memberOrganisationId);
    if (!current) {
      await insertAudited(trx, caller.audit, 'costProjectMembers', {
        id: crypto.randomUUID(),
        organisationId,
        projectId,
        memberOrganisationId: member.memberOrganisationId,
        municipalityCode: member.municipalityCode,
        ...values,
        createdAt: now,
        updatedAt: now,
      });
      continue;
    }
    kept.add(current.id);
    const changed =
      current.availableFrom !== values.availableFrom ||
      current.wave !== values.wave ||
      current.pilot !== values.pilot ||
      current.exitOn !== values.exitOn;
    if (changed) {
      await updateAudited(
        trx,
        caller.audit,
        'costProjectMembers',
        { id: current.id, organisationId },
        { ...values, updatedAt: now },
      );
    }
  }
  for (const member of existing) {
    if (!kept.has(member.id)) await deleteAudited(trx, caller.audit, 'costProjectMembers', { id: member.id, organisationId });
  }
}
