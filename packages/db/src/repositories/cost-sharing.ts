import type { CalendarDate } from '@overblik/core';
import type { CostProjectMemberRow, CostProjectRow, PopulationImportRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';
import { toOre } from './money-column.js';

/** A project as the repository hands it out: the business-case costs as exact øre. */
export type CostProjectRecord = Omit<CostProjectRow, 'businessCaseCosts'> & { businessCaseCosts: bigint | null };

function toRecord<T extends CostProjectRow>(row: T): Omit<T, 'businessCaseCosts'> & { businessCaseCosts: bigint | null } {
  return { ...row, businessCaseCosts: toOre(row.businessCaseCosts) };
}

/** A project with how many members it has, for the joint organisation's list. */
export type CostProjectListRow = CostProjectRecord & { memberCount: number };

export async function listCostProjects(db: Executor, organisationId: string): Promise<CostProjectListRow[]> {
  const [projects, counts] = await Promise.all([
    forOrganisation(db, organisationId).selectFrom('costProjects').selectAll().orderBy('name').orderBy('id').execute(),
    forOrganisation(db, organisationId)
      .selectFrom('costProjectMembers')
      .select((eb) => ['projectId', eb.fn.countAll<number>().as('n')])
      .groupBy('projectId')
      .execute(),
  ]);
  const byProject = new Map(counts.map((c) => [c.projectId, Number(c.n)]));
  return projects.map((p) => ({ ...toRecord(p), memberCount: byProject.get(p.id) ?? 0 }));
}

export async function findCostProject(
  db: Executor,
  organisationId: string,
  projectId: string,
): Promise<CostProjectRecord | undefined> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('costProjects')
    .selectAll()
    .where('id', '=', projectId)
    .executeTakeFirst();
  return row && toRecord(row);
}

/**
 * Stores what keeps a project from being planned now (JSON text): derived from the audited description and
 * populations, so written without an audit event and without touching `updatedAt`.
 */
export async function setCostProjectProblems(
  db: Executor,
  organisationId: string,
  projectId: string,
  problems: string,
): Promise<void> {
  await forOrganisation(db, organisationId).updateTable('costProjects').set({ problems }).where('id', '=', projectId).execute();
}

/** A member row with the member organisation's name. */
export type CostMemberRow = CostProjectMemberRow & { memberName: string };

export async function listCostProjectMembers(
  db: Executor,
  organisationId: string,
  projectIds: readonly string[],
): Promise<CostMemberRow[]> {
  if (projectIds.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('costProjectMembers')
    .innerJoin('organisations', 'organisations.id', 'costProjectMembers.memberOrganisationId')
    .selectAll('costProjectMembers')
    .select('organisations.name as memberName')
    .where('costProjectMembers.projectId', 'in', [...projectIds])
    .orderBy('costProjectMembers.municipalityCode')
    .execute();
}

/**
 * The explicit share of cost sharing: the projects in which an organisation is a member, whichever joint
 * organisation runs them. A member row is the joint organisation's statement that the member takes part,
 * so the member may read that project's terms and its own plan (never another organisation's rows).
 */
export async function costProjectsSharedWith(
  db: Executor,
  memberOrganisationId: string,
): Promise<{ project: CostProjectRecord; jointOrganisationName: string }[]> {
  const rows = await db
    .selectFrom('costProjectMembers')
    .innerJoin('costProjects', (join) =>
      join
        .onRef('costProjects.id', '=', 'costProjectMembers.projectId')
        .onRef('costProjects.organisationId', '=', 'costProjectMembers.organisationId'),
    )
    .innerJoin('organisations', 'organisations.id', 'costProjects.organisationId')
    .selectAll('costProjects')
    .select('organisations.name as jointOrganisationName')
    .where('costProjectMembers.memberOrganisationId', '=', memberOrganisationId)
    .orderBy('organisations.name')
    .orderBy('costProjects.name')
    .orderBy('costProjects.id')
    .execute();
  return rows.map(({ jointOrganisationName, ...project }) => ({ project: toRecord(project), jointOrganisationName }));
}

/** The organisations of the 98 municipalities by kommunekode. */
export async function municipalityOrganisations(db: Executor): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'municipalityCode'])
    .where('kind', '=', 'kommune')
    .where('municipalityCode', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.municipalityCode as string, { id: r.id, name: r.name }]));
}

export type PopulationFigureRow = {
  municipalityCode: string;
  date: CalendarDate;
  population: number;
  importId: string;
  version: number;
};

/** Every population figure of the organisation, lowest version first (a higher one supersedes a lower one for the same day). */
export async function listPopulationFigures(
  db: Executor,
  organisationId: string,
  codes?: readonly string[],
): Promise<PopulationFigureRow[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('populationFigures')
    .select(['municipalityCode', 'date', 'population', 'importId', 'version']);
  if (codes) {
    if (codes.length === 0) return [];
    query = query.where('municipalityCode', 'in', [...codes]);
  }
  return query.orderBy('version').orderBy('municipalityCode').orderBy('date').execute();
}

/** The imports, newest version first; without the figures each one changed (those are kept for the record and the audit trail). */
export async function listPopulationImports(
  db: Executor,
  organisationId: string,
): Promise<Omit<PopulationImportRow, 'changes'>[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('populationImports')
    .select([
      'id',
      'organisationId',
      'version',
      'fileName',
      'layout',
      'figureCount',
      'changedCount',
      'importedBy',
      'createdAt',
      'updatedAt',
    ])
    .orderBy('version', 'desc')
    .execute();
}

export async function insertPopulationFigures(
  db: Executor,
  organisationId: string,
  importId: string,
  version: number,
  figures: readonly { id: string; municipalityCode: string; date: CalendarDate; population: number }[],
): Promise<void> {
  // SQLite allows 32,766 bound values per statement; seven per row.
  for (let i = 0; i < figures.length; i += 1000) {
    await forOrganisation(db, organisationId)
      .insertInto('populationFigures')
      .values(figures.slice(i, i + 1000).map((f) => ({ ...f, organisationId, importId, version })))
      .execute();
  }
}
