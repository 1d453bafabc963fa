import type {
  CreatedSecretLink,
  ProcurementLeadTime,
  ProcurementLeadTimeList,
  ProcurementPlan,
  ProcurementPlanExportQuery,
  ProcurementPlanQuery,
  PublicProcurementPlan,
  PutProcurementLeadTimeRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

export type ExportFormat = NonNullable<ProcurementPlanExportQuery['format']>;

const base = (organisationId: string) => `/organisations/${organisationId}`;

/** The plan, its lead times and its public link: a change to any of them asks for the plan again. */
export const procurementPlanKey = (organisationId: string) => ['organisations', organisationId, 'procurement-plan'] as const;

export const procurementPlanQuery = (organisationId: string, horizonMonths: number) =>
  queryOptions({
    queryKey: [...procurementPlanKey(organisationId), 'plan', horizonMonths],
    queryFn: () =>
      api.get<ProcurementPlan>(`${base(organisationId)}/procurement-plan`, { horizonMonths } satisfies ProcurementPlanQuery),
    placeholderData: (previous) => previous,
  });

/** Downloads are plain links: the browser sends the session cookie with a GET, and the server names the file. */
export const procurementPlanExportUrl = (organisationId: string, format: ExportFormat, horizonMonths: number) =>
  apiUrl(`${base(organisationId)}/exports/procurement-plan`, { format, horizonMonths } satisfies ProcurementPlanExportQuery);

export const leadTimesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...procurementPlanKey(organisationId), 'lead-times'],
    queryFn: () => api.get<ProcurementLeadTimeList>(`${base(organisationId)}/procurement-lead-times`),
  });

export const putLeadTime = (organisationId: string, procurementForm: string, months: number) =>
  api.put<ProcurementLeadTime>(`${base(organisationId)}/procurement-lead-times/${procurementForm}`, {
    months,
  } satisfies PutProcurementLeadTimeRequest);

export const resetLeadTime = (organisationId: string, procurementForm: string) =>
  api.delete(`${base(organisationId)}/procurement-lead-times/${procurementForm}`);

export const createPublicPlanLink = (organisationId: string) =>
  api.post<CreatedSecretLink>(`${base(organisationId)}/procurement-plan/public-link`);

export const deletePublicPlanLink = (organisationId: string) =>
  api.delete(`${base(organisationId)}/procurement-plan/public-link`);

/** The plan as published through a secret link; needs no login. */
export const publicPlanQuery = (token: string) =>
  queryOptions({
    queryKey: ['public', 'procurement-plans', token],
    queryFn: () => api.get<PublicProcurementPlan>(`/public/procurement-plans/${token}`),
    retry: false,
  });
