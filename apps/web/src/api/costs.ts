import type {
  CostComparison,
  CostForecast,
  CostPlan,
  CostProject,
  CostProjectInput,
  CostProjectList,
  CostUsageImportReport,
  MemberStatement,
  MunicipalityList,
  PopulationImportReport,
  PopulationList,
  PopulationQuery,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';
import { spreadsheetContentType } from './transfer.ts';

/** The formats the plan and the budget forecast are exported in. */
export type CostExportFormat = 'xlsx' | 'csv';

const base = (organisationId: string) => `/organisations/${organisationId}`;

/**
 * Everything that follows from a joint organisation's projects and populations — the list, each project, its plan
 * and comparison — so a saved project or an imported population asks for all of it again.
 */
export const costProjectsKey = (organisationId: string) => ['organisations', organisationId, 'cost-projects'] as const;
export const populationsKey = (organisationId: string) => ['organisations', organisationId, 'populations'] as const;
/** The member municipality's side: its budget forecast and statements. */
export const costSharingKey = (organisationId: string) => ['organisations', organisationId, 'cost-sharing'] as const;

export const costProjectsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...costProjectsKey(organisationId), 'list'],
    queryFn: () => api.get<CostProjectList>(`${base(organisationId)}/cost-projects`),
  });

export const costProjectQuery = (organisationId: string, projectId: string) =>
  queryOptions({
    queryKey: [...costProjectsKey(organisationId), projectId],
    queryFn: () => api.get<CostProject>(`${base(organisationId)}/cost-projects/${projectId}`),
  });

export const costPlanQuery = (organisationId: string, projectId: string) =>
  queryOptions({
    queryKey: [...costProjectsKey(organisationId), projectId, 'plan'],
    queryFn: () => api.get<CostPlan>(`${base(organisationId)}/cost-projects/${projectId}/plan`),
    retry: false,
  });

export const costComparisonQuery = (organisationId: string, projectId: string) =>
  queryOptions({
    queryKey: [...costProjectsKey(organisationId), projectId, 'comparison'],
    queryFn: () => api.get<CostComparison>(`${base(organisationId)}/cost-projects/${projectId}/comparison`),
    retry: false,
  });

export const createCostProject = (organisationId: string, body: CostProjectInput) =>
  api.post<CostProject>(`${base(organisationId)}/cost-projects`, body);

/** Replaces the whole project, members included. */
export const updateCostProject = (organisationId: string, projectId: string, body: CostProjectInput) =>
  api.put<CostProject>(`${base(organisationId)}/cost-projects/${projectId}`, body);

export const deleteCostProject = (organisationId: string, projectId: string) =>
  api.delete(`${base(organisationId)}/cost-projects/${projectId}`);

/** The opkrævningsplan as a workbook or a CSV file (the server names the file). */
export const costPlanExportUrl = (organisationId: string, projectId: string, format: CostExportFormat) =>
  apiUrl(`${base(organisationId)}/cost-projects/${projectId}/plan/export`, { format });

export const populationsQuery = (organisationId: string, query: PopulationQuery) =>
  queryOptions({
    queryKey: [...populationsKey(organisationId), query],
    queryFn: () => api.get<PopulationList>(`${base(organisationId)}/populations`, query),
    placeholderData: (previous) => previous,
  });

/**
 * Populations from a spreadsheet or CSV file (Statistikbanken's FOLK1A or two columns). A dry run answers what
 * the import would do; a real one imports everything or, with any error, nothing (422 `import_invalid`).
 */
export const importPopulations = (organisationId: string, file: File, dryRun: boolean) =>
  api.upload<PopulationImportReport>(
    `${base(organisationId)}/populations`,
    { file, contentType: spreadsheetContentType(file) },
    { dryRun, fileName: file.name },
  );

/** The 98 municipalities; reference data that does not change while the app runs. */
export const municipalitiesQuery = queryOptions({
  queryKey: ['municipalities'],
  queryFn: () => api.get<MunicipalityList>('/municipalities'),
  staleTime: Number.POSITIVE_INFINITY,
});

export const costForecastQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...costSharingKey(organisationId), 'forecast'],
    queryFn: () => api.get<CostForecast>(`${base(organisationId)}/cost-sharing`),
  });

export const costForecastExportUrl = (organisationId: string, format: CostExportFormat) =>
  apiUrl(`${base(organisationId)}/cost-sharing/export`, { format });

export const memberStatementQuery = (organisationId: string, projectId: string) =>
  queryOptions({
    queryKey: [...costSharingKey(organisationId), projectId],
    queryFn: () => api.get<MemberStatement>(`${base(organisationId)}/cost-sharing/${projectId}`),
  });

/**
 * Usage of an item outside the buffet (CPR-opslag) per municipality and year, from a spreadsheet or CSV file: the
 * file's years replace the item's usage for those years. A dry run answers what it would do; a real one imports
 * everything or, with any error, nothing (422 `import_invalid`).
 */
export const importCostUsage = (organisationId: string, projectId: string, item: string, file: File, dryRun: boolean) =>
  api.upload<CostUsageImportReport>(
    `${base(organisationId)}/cost-projects/${projectId}/usage`,
    { file, contentType: spreadsheetContentType(file) },
    { item, dryRun },
  );
