import type * as Api from '@overblik/api';
import {
  type CostProject,
  CostProjectError,
  type CostProjectProblem,
  kronerToOre,
  oreToDecimalString,
  type ProjectPlan,
  readCostProject,
} from '@overblik/core';
import {
  type CostMemberRow,
  type CostProjectRecord,
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
import { runTask } from '../../workers/pool.js';
import { requireJointOrganisation, requireOrganisation } from '../authorize.js';
import { type CurrentFigure, currentPopulations } from './populations.js';

/**
 * A joint organisation's cost-sharing projects: the terms and model are stored as entered and checked by the same
 * reader as the CLI's project files (docs/cost-sharing.md), so a saved project always describes a valid model; what
 * it still lacks to be computed (a member without a population figure) is shown as its `problems`.
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
  return presentCostProject(loaded);
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
    return row.id;
  });
  return presentCostProject(await loadCostProject(deps.db, organisationId, projectId));
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
  });
  return presentCostProject(await loadCostProject(deps.db, organisationId, projectId));
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

/** A stored project with its members and the current population figures of its members. */
export type LoadedCostProject = { row: CostProjectRecord; members: CostMemberRow[]; populations: Map<string, CurrentFigure[]> };

export async function loadCostProject(db: Executor, organisationId: string, projectId: string): Promise<LoadedCostProject> {
  const row = await findCostProject(db, organisationId, projectId);
  if (!row) throw new AppError('cost_project_not_found');
  return withMembers(db, row);
}

/** A project row with its members and their current population figures (both are the joint organisation's). */
export async function withMembers(db: Executor, row: CostProjectRecord): Promise<LoadedCostProject> {
  const members = await listCostProjectMembers(db, row.organisationId, [row.id]);
  const populations = await currentPopulations(
    db,
    row.organisationId,
    members.map((m) => m.municipalityCode),
  );
  return { row, members, populations };
}

/** The terms of a project as stored (or about to be stored): what the planner's description is made of. */
type ProjectTerms = Pick<
  CostProjectRecord,
  | 'name'
  | 'periodStart'
  | 'periodEnd'
  | 'invoicing'
  | 'proration'
  | 'populationDate'
  | 'pilotFreeMonths'
  | 'exitPayment'
  | 'businessCaseCosts'
  | 'model'
  | 'comparisonName'
  | 'comparisonModel'
>;

type DocumentMember = {
  code: string;
  name: string;
  availableFrom: string;
  wave: string | null;
  pilot: boolean;
  exitOn: string | null;
  populations: { date: string; population: number }[];
};

/**
 * The project as the planner reads it (the CLI's JSON format): the terms, the model (or the comparison model), and
 * the members. Members keep their order, so a problem's path `$.members[i]` names the i-th member.
 */
function projectDocument(terms: ProjectTerms, members: DocumentMember[], model: 'model' | 'comparison'): Record<string, unknown> {
  const modelText = model === 'comparison' ? (terms.comparisonModel ?? terms.model) : terms.model;
  return {
    name: model === 'comparison' ? (terms.comparisonName ?? terms.name) : terms.name,
    period: { start: terms.periodStart, end: terms.periodEnd },
    invoicing: terms.invoicing,
    proration: terms.proration,
    populationDate: terms.populationDate,
    pilotFreeMonths: terms.pilotFreeMonths,
    ...(terms.exitPayment !== null && { exitPayment: terms.exitPayment === 1 }),
    ...(terms.businessCaseCosts !== null && {
      businessCase: { costs: oreToDecimalString(terms.businessCaseCosts) },
    }),
    model: JSON.parse(modelText),
    members,
  };
}

type Read = { project: CostProject; problems: [] } | { project: null; problems: CostProjectProblem[] };

function readDocument(document: Record<string, unknown>): Read {
  try {
    return { project: readCostProject(document), problems: [] };
  } catch (error) {
    if (error instanceof CostProjectError) return { project: null, problems: error.problems };
    throw error;
  }
}

/** The stored project's description with the joint organisation's current population figures, for planning. */
function storedDocument(loaded: LoadedCostProject, model: 'model' | 'comparison'): Record<string, unknown> {
  const members = loaded.members.map((m) => ({
    code: m.municipalityCode,
    name: m.memberName,
    availableFrom: m.availableFrom,
    wave: m.wave,
    pilot: m.pilot === 1,
    exitOn: m.exitOn,
    populations: (loaded.populations.get(m.municipalityCode) ?? []).map((f) => ({ date: f.date, population: f.population })),
  }));
  return projectDocument(loaded.row, members, model);
}

/**
 * The plan of a stored project, or every problem that keeps it from being planned now (reading, then planning),
 * computed in a worker thread: a project of 98 members over ten years takes some 25 ms to plan, and a
 * municipality's budget plans every project it is in. With `want: 'problems'` only the problems cross back.
 */
export async function planStoredProject(
  loaded: LoadedCostProject,
  model: 'model' | 'comparison' = 'model',
  want: 'plan' | 'problems' = 'plan',
): Promise<{ plan: ProjectPlan; problems: [] } | { plan: null; problems: CostProjectProblem[] }> {
  const { plan, problems } = await runTask('planCostProject', {
    document: storedDocument(loaded, model),
    problemsOnly: want === 'problems',
  });
  return plan ? { plan, problems: [] } : { plan: null, problems };
}

async function presentCostProject(loaded: LoadedCostProject): Promise<Api.CostProject> {
  const { row, members } = loaded;
  const { problems } = await planStoredProject(loaded, 'model', 'problems');
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

/** The planner's problems as field errors: each at its JSON path (`$.model.rate`), with the Danish message. */
export function ruleErrors(problems: readonly CostProjectProblem[]): FieldError[] {
  return problems.map((p) => ({ field: p.path, code: 'cost_rule', message: p.message }));
}

type CheckedMember = Api.CostProjectMemberInput & { memberOrganisationId: string };

/**
 * The input's members with their organisations, after the whole description has been read as the planner reads
 * it: every problem is answered at once, with its place (`/members/2/municipalityCode`, `$.model.rate`).
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
  const problems = [...descriptionProblems(input, municipalities, 'model')];
  if (input.comparison) {
    problems.push(
      ...descriptionProblems(input, municipalities, 'comparison').map((p) => ({
        ...p,
        path: p.path.replace(/^\$\.model/, '$.comparison.model'),
      })),
    );
  }
  if (problems.length > 0) {
    throw new AppError('cost_project_invalid', ruleErrors(problems));
  }
  return members;
}

/** The reader's problems with the input, with members as given (a project may be saved before it has members). */
function descriptionProblems(
  input: Api.CostProjectInput,
  municipalities: Map<string, { name: string }>,
  model: 'model' | 'comparison',
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
  const { problems } = readDocument(projectDocument(projectColumns(input), members, model));
  // An empty member list is allowed while the project is being set up.
  return problems.filter((p) => !(input.members.length === 0 && p.path === '$.members'));
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
