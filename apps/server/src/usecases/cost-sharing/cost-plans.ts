import type * as Api from '@overblik/api';
import {
  amountInYear,
  type CostProjectProblem,
  compareScenarios,
  type MemberPlan,
  type ProjectPlan,
  plainCostValues,
  type ScenarioComparison,
  sumPayments,
} from '@overblik/core';
import { costProjectsSharedWith, getOrganisation } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import type { FileDownload } from '../../http/send-file.js';
import { dateCell, oreCell, type SheetData, spreadsheetFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';
import { ruleErrors } from './cost-projects.js';
import { type LoadedCostProject, loadCostProject, planStoredProject, withMembers } from './stored-projects.js';

/** The plan of a stored project, or `cost_plan_unavailable` with every problem and its place. */
async function planOf(loaded: LoadedCostProject, model: 'model' | 'comparison' = 'model'): Promise<ProjectPlan> {
  const planned = await planStoredProject(loaded, model);
  if (!planned.plan) {
    throw new AppError('cost_plan_unavailable', ruleErrors(planned.problems));
  }
  return planned.plan;
}

export async function getCostPlan(deps: Deps, caller: Caller, organisationId: string, projectId: string): Promise<Api.CostPlan> {
  requireOrganisation(caller, 'read', organisationId);
  const plan = await planOf(await loadCostProject(deps.db, organisationId, projectId));
  return { projectId, ...plainCostValues(plan) };
}

/** The same members under the project's model (a) and its comparison model (b), per member and year. */
export async function getCostComparison(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
): Promise<Api.CostComparison> {
  requireOrganisation(caller, 'read', organisationId);
  const loaded = await loadCostProject(deps.db, organisationId, projectId);
  if (loaded.row.comparisonModel === null) throw new AppError('cost_comparison_missing');
  const comparison = compareScenarios(await planOf(loaded), await planOf(loaded, 'comparison'));
  return { projectId, ...plainCostValues(comparison) };
}

const invoiceKind = { regular: 'Ordinær', exit: 'Udtræden', usage: 'Forbrug' } as const;

/** The plan for the finance system and for checking: every invoice with its explanation, and each member per year. */
export async function exportCostPlan(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
  format: 'xlsx' | 'csv',
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const loaded = await loadCostProject(deps.db, organisationId, projectId);
  const plan = await planOf(loaded);
  const invoices = invoiceSheet(plan.members.map((member) => ({ project: plan.name, member })));
  const years = [...new Set(plan.totalsByYear.map((y) => y.year))];
  const byYear: SheetData = {
    name: 'Pr. år',
    columns: [
      { heading: 'Kommunekode', width: 12 },
      { heading: 'Kommune', width: 24 },
      ...years.map((year) => ({ heading: String(year), kind: 'number' as const, width: 16 })),
      { heading: 'I alt', kind: 'number', width: 18 },
    ],
    rows: [
      ...plan.members.map((m) => [
        m.code,
        m.name,
        ...years.map((y) => oreCell(amountInYear(m.totalsByYear, y))),
        oreCell(m.total),
      ]),
      ['', 'I alt', ...years.map((y) => oreCell(amountInYear(plan.totalsByYear, y))), oreCell(plan.total)],
    ],
  };
  const rule: SheetData = {
    name: 'Regler',
    columns: [{ heading: 'Regler', width: 120 }],
    rows: [[plan.rule], ...plan.warnings.map((w) => [w])],
  };
  const sheets: [SheetData, ...SheetData[]] = [invoices, byYear, rule];
  if (loaded.row.comparisonModel !== null)
    sheets.push(comparisonSheet(compareScenarios(plan, await planOf(loaded, 'comparison'))));
  return spreadsheetFile(`opkraevningsplan-${slug(plan.name)}`, format, sheets);
}

/**
 * The member municipality's view: every project of every joint organisation that lists it as a member, with what
 * it will pay per budget year (by invoice date). A project that cannot be computed now is listed with its problems.
 */
export async function getCostForecast(deps: Deps, caller: Caller, organisationId: string): Promise<Api.CostForecast> {
  requireOrganisation(caller, 'read', organisationId);
  const { organisation, projects } = await memberProjects(deps, organisationId);
  const code = organisation?.municipalityCode ?? null;
  const rows = projects.map(({ loaded, jointOrganisationName, plan, problems }) => {
    const member = plan ? memberOf(plan, loaded, organisationId) : undefined;
    return {
      projectId: loaded.row.id,
      name: loaded.row.name,
      jointOrganisationId: loaded.row.organisationId,
      jointOrganisationName,
      modelKind: loaded.row.modelKind,
      period: { start: loaded.row.periodStart, end: loaded.row.periodEnd },
      byYear: member?.totalsByYear ?? [],
      total: member?.total ?? 0n,
      problems,
    };
  });
  return plainCostValues({ organisationId, municipalityCode: code, projects: rows, ...sumPayments(rows) });
}

export async function getMemberStatement(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
): Promise<Api.MemberStatement> {
  requireOrganisation(caller, 'read', organisationId);
  const { projects } = await memberProjects(deps, organisationId, projectId);
  const found = projects[0];
  if (!found) throw new AppError('cost_project_not_found');
  const plan = await planOf(found.loaded);
  const member = memberOf(plan, found.loaded, organisationId);
  return {
    projectId,
    name: plan.name,
    jointOrganisationName: found.jointOrganisationName,
    modelKind: plan.modelKind,
    period: plan.period,
    rule: plan.rule,
    member: plainCostValues(member),
  };
}

/** The member's budget forecast and every invoice it will receive, for its budget and for checking the bills. */
export async function exportCostForecast(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  format: 'xlsx' | 'csv',
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const { projects } = await memberProjects(deps, organisationId);
  const planned = projects.flatMap(({ loaded, jointOrganisationName, plan }) =>
    plan ? [{ project: loaded.row.name, jointOrganisationName, member: memberOf(plan, loaded, organisationId) }] : [],
  );
  const forecast = sumPayments(planned.map((p) => ({ byYear: p.member.totalsByYear, total: p.member.total })));
  const years = forecast.byYear.map((y) => y.year);
  const budget: SheetData = {
    name: 'Budget',
    columns: [
      { heading: 'Fællesskab', width: 28 },
      { heading: 'Projekt', width: 32 },
      ...years.map((year) => ({ heading: String(year), kind: 'number' as const, width: 16 })),
      { heading: 'I alt', kind: 'number', width: 18 },
    ],
    rows: [
      ...planned.map((p) => [
        p.jointOrganisationName,
        p.project,
        ...years.map((y) => oreCell(amountInYear(p.member.totalsByYear, y))),
        oreCell(p.member.total),
      ]),
      ['', 'I alt', ...years.map((y) => oreCell(amountInYear(forecast.byYear, y))), oreCell(forecast.total)],
    ],
  };
  return spreadsheetFile('budget-faellesskaber', format, [budget, invoiceSheet(planned)]);
}

type MemberProject = {
  loaded: LoadedCostProject;
  jointOrganisationName: string;
  plan: ProjectPlan | null;
  problems: CostProjectProblem[];
};

/** The projects shared with the organisation by its membership (one, when `onlyProjectId` is given), each planned. */
async function memberProjects(deps: Deps, organisationId: string, onlyProjectId?: string) {
  const organisation = await getOrganisation(deps.db, organisationId);
  const shared = (await costProjectsSharedWith(deps.db, organisationId)).filter(
    (s) => onlyProjectId === undefined || s.project.id === onlyProjectId,
  );
  const projects: MemberProject[] = [];
  for (const { project, jointOrganisationName } of shared) {
    const loaded = await withMembers(deps.db, project);
    const { plan, problems } = await planStoredProject(loaded);
    projects.push({ loaded, jointOrganisationName, plan, problems });
  }
  return { organisation, projects };
}

function memberOf(plan: ProjectPlan, loaded: LoadedCostProject, organisationId: string): MemberPlan {
  const code = loaded.members.find((m) => m.memberOrganisationId === organisationId)?.municipalityCode;
  const member = plan.members.find((m) => m.code === code);
  if (!member) throw new AppError('cost_project_not_found');
  return member;
}

/** Per member the whole period under the model (a) and the comparison model (b), and b − a. */
function comparisonSheet(comparison: ScenarioComparison): SheetData {
  const [a, b] = comparison.names;
  return {
    name: 'Sammenligning',
    columns: [
      { heading: 'Kommunekode', width: 12 },
      { heading: 'Kommune', width: 24 },
      { heading: a, kind: 'number', width: 20 },
      { heading: b, kind: 'number', width: 20 },
      { heading: 'Forskel', kind: 'number', width: 18 },
    ],
    rows: [
      ...comparison.members.map((m) => [m.code, m.name, oreCell(m.a), oreCell(m.b), oreCell(m.difference)]),
      ['', 'I alt', oreCell(comparison.a), oreCell(comparison.b), oreCell(comparison.difference)],
    ],
  };
}

function invoiceSheet(rows: readonly { project: string; member: MemberPlan }[]): SheetData {
  return {
    name: 'Fakturaer',
    columns: [
      { heading: 'Projekt', width: 28 },
      { heading: 'Kommunekode', width: 12 },
      { heading: 'Kommune', width: 24 },
      { heading: 'Bølge', width: 10 },
      { heading: 'Pilot', width: 8 },
      { heading: 'Type', width: 12 },
      { heading: 'Fakturadato', kind: 'date', width: 14 },
      { heading: 'Fra', kind: 'date', width: 14 },
      { heading: 'Til', kind: 'date', width: 14 },
      { heading: 'Beløb (kr.)', kind: 'number', width: 16 },
      { heading: 'Forklaring', width: 100 },
    ],
    rows: rows.flatMap(({ project, member }) =>
      member.invoices.map((invoice) => [
        project,
        member.code,
        member.name,
        member.wave,
        member.pilot ? 'ja' : 'nej',
        invoiceKind[invoice.kind],
        dateCell(invoice.date),
        dateCell(invoice.start),
        dateCell(invoice.end),
        oreCell(invoice.amount),
        invoice.text,
      ]),
    ),
  };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'projekt';
