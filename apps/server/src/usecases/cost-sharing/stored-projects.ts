import {
  type CalendarDate,
  type CostMemberDescription,
  type CostModelDescription,
  type CostProjectDescription,
  type CostProjectProblem,
  oreToDecimalString,
  type ProjectPlan,
} from '@overblik/core';
import {
  type CostMemberRow,
  type CostProjectRecord,
  type Executor,
  findCostProject,
  listCostProjectMembers,
  listCostProjects,
  listPopulationFigures,
  setCostProjectProblems,
} from '@overblik/db';
import { AppError } from '../../errors/app-error.js';
import { runTask } from '../../workers/pool.js';

/*
 * A stored cost project as the planner reads it: its row, its members and their current populations, read into the
 * typed description once (it was checked when it was saved), planned in a worker thread; and its stored problems,
 * recomputed when the description or the populations change.
 */

/** A municipality's population on a day as the newest import gives it, and what an earlier import said if it differed. */
export type CurrentFigure = { date: CalendarDate; population: number; importId: string; previous: number | null };

/** The current figures (highest import version per municipality and day), by kommunekode, each list by date. */
export async function currentPopulations(
  db: Executor,
  organisationId: string,
  codes?: readonly string[],
): Promise<Map<string, CurrentFigure[]>> {
  const latest = new Map<string, CurrentFigure & { code: string }>();
  // Oldest version first, so the last one seen for a day is the current one.
  for (const f of await listPopulationFigures(db, organisationId, codes)) {
    const key = `${f.municipalityCode}|${f.date}`;
    const before = latest.get(key);
    const previous = before && before.population !== f.population ? before.population : (before?.previous ?? null);
    latest.set(key, { code: f.municipalityCode, date: f.date, population: f.population, importId: f.importId, previous });
  }
  const byCode = new Map<string, CurrentFigure[]>();
  for (const { code, ...figure } of latest.values()) {
    const list = byCode.get(code);
    if (list) list.push(figure);
    else byCode.set(code, [figure]);
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byCode;
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
export type ProjectTerms = Pick<
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
  | 'comparisonName'
>;

/**
 * The project as the planner reads it (the CLI's description, core's `CostProjectDescription`): the terms, the
 * model (or the comparison model) and the members. Members keep their order, so a problem at `members[i]` names the
 * i-th member.
 */
export function projectDescription(
  terms: ProjectTerms,
  members: CostMemberDescription[],
  model: CostModelDescription,
  which: 'model' | 'comparison',
): CostProjectDescription {
  return {
    name: which === 'comparison' ? (terms.comparisonName ?? terms.name) : terms.name,
    period: { start: terms.periodStart, end: terms.periodEnd },
    invoicing: terms.invoicing,
    proration: terms.proration,
    populationDate: terms.populationDate,
    pilotFreeMonths: terms.pilotFreeMonths,
    ...(terms.exitPayment !== null && { exitPayment: terms.exitPayment === 1 }),
    ...(terms.businessCaseCosts !== null && {
      businessCase: { costs: oreToDecimalString(terms.businessCaseCosts) },
    }),
    model,
    members,
  };
}

/**
 * The stored project's description with the joint organisation's current population figures, for planning: read
 * into the typed description once, without checking it again (it was checked when it was saved).
 */
function storedDescription(loaded: LoadedCostProject, which: 'model' | 'comparison'): CostProjectDescription {
  const members = loaded.members.map((m) => ({
    code: m.municipalityCode,
    name: m.memberName,
    availableFrom: m.availableFrom,
    wave: m.wave,
    pilot: m.pilot === 1,
    exitOn: m.exitOn,
    populations: (loaded.populations.get(m.municipalityCode) ?? []).map((f) => ({ date: f.date, population: f.population })),
  }));
  const modelText = which === 'comparison' ? (loaded.row.comparisonModel ?? loaded.row.model) : loaded.row.model;
  return projectDescription(loaded.row, members, JSON.parse(modelText) as CostModelDescription, which);
}

/**
 * The plan of a stored project, or every problem that keeps it from being planned now, computed in a worker
 * thread: a project of 98 members over ten years takes some 25 ms to plan, and a municipality's budget plans every
 * project it is in. With `want: 'problems'` only the problems cross back.
 */
export async function planStoredProject(
  loaded: LoadedCostProject,
  model: 'model' | 'comparison' = 'model',
  want: 'plan' | 'problems' = 'plan',
): Promise<{ plan: ProjectPlan; problems: [] } | { plan: null; problems: CostProjectProblem[] }> {
  const { plan, problems } = await runTask('planCostProject', {
    description: storedDescription(loaded, model),
    problemsOnly: want === 'problems',
  });
  return plan ? { plan, problems: [] } : { plan: null, problems };
}

/** Computes what keeps the project from being planned now and stores it with the project; returns it. */
export async function storeProblems(db: Executor, row: CostProjectRecord): Promise<CostProjectProblem[]> {
  const { problems } = await planStoredProject(await withMembers(db, row), 'model', 'problems');
  const text = JSON.stringify(problems);
  if (text !== row.problems) await setCostProjectProblems(db, row.organisationId, row.id, text);
  return problems;
}

/** The stored problems; a project stored before they were (migration 0013) has them computed and stored once. */
export async function problemsOf(db: Executor, loaded: LoadedCostProject): Promise<CostProjectProblem[]> {
  if (loaded.row.problems !== null) return JSON.parse(loaded.row.problems) as CostProjectProblem[];
  return storeProblems(db, loaded.row);
}

/**
 * Recomputes the stored problems of every project of the joint organisation (after a population import changed the
 * figures they depend on).
 */
export async function refreshProblems(db: Executor, organisationId: string): Promise<void> {
  for (const row of await listCostProjects(db, organisationId)) await storeProblems(db, row);
}
