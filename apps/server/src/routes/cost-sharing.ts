import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import { readMunicipalities } from '@overblik/db';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { pacedJson } from '../http/paced-json.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import {
  exportCostForecast,
  exportCostPlan,
  getCostComparison,
  getCostForecast,
  getCostPlan,
  getMemberStatement,
} from '../usecases/cost-sharing/cost-plans.js';
import {
  createCostProject,
  deleteCostProject,
  getCostProject,
  listCostProjects,
  updateCostProject,
} from '../usecases/cost-sharing/cost-projects.js';
import { importPopulations, listPopulations } from '../usecases/cost-sharing/populations.js';
import { importCostUsage } from '../usecases/cost-sharing/usage.js';
import { SPREADSHEET_TYPES } from './transfer.js';

const EXAMPLE_PROJECT: Api.CostProjectInput = {
  name: 'Fælles infrastruktur',
  description: 'Betales af alle kommuner efter indbyggertal, med knækrabat over 150.000 indbyggere.',
  period: { start: '2026-01-01', end: '2029-12-31' },
  invoicing: 'kombit',
  proration: 'days',
  populationDate: '01-01',
  pilotFreeMonths: 2,
  exitPayment: null,
  businessCaseCosts: '40000000.00',
  model: { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } },
  comparison: { name: 'Uden knækrabat', model: { kind: 'per_inhabitant', rate: '25' } },
  members: [
    { municipalityCode: '101', availableFrom: '2026-01-01', wave: '1', pilot: true, exitOn: null },
    { municipalityCode: '751', availableFrom: '2026-05-01', wave: '2', pilot: false, exitOn: null },
  ],
};

const PLAN_ERRORS = ['organisation_not_found', 'cost_project_not_found', 'cost_plan_unavailable'] as const;
const FILES = { files: [XLSX_TYPE, 'text/csv'], description: 'The workbook (.xlsx) or CSV file' };

/**
 * Cost sharing: a joint organisation's projects, plans, comparisons and populations; the member municipality's
 * read-only view of every project it is a member of, with its budget forecast and statements.
 */
export function costSharingRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const project = `${base}/cost-projects/:projectId`;
  const tags = ['Fordeling af udgifter'];

  app.get('/api/v1/municipalities', {
    schema: routeSchema({
      tags,
      summary: 'De 98 kommuner med kommunekode og region (til valg af projektets medlemmer)',
      success: [200, Api.MunicipalityList],
    }),
    handler: async () => ({
      items: readMunicipalities().map((m) => ({ code: m.code, name: m.name, officialName: m.officialName, region: m.region })),
    }),
  });

  app.get(`${base}/cost-projects`, {
    schema: routeSchema({
      tags,
      summary: 'Fællesskabets projekter med fordeling af udgifter',
      params: Api.OrganisationIdParams,
      success: [200, Api.CostProjectList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listCostProjects(deps, callerOf(request), request.params.organisationId),
  });

  app.post(`${base}/cost-projects`, {
    schema: routeSchema({
      tags,
      summary: 'Opret et projekt: model, periode, vilkår og medlemmer (kun fællesskaber)',
      description:
        'The model is checked as the CLI checks a project file (docs/cost-sharing.md); every problem is answered at once ' +
        'as 422 `cost_project_invalid` with the JSON path of each (`$.model.rate`). A kommunekode that is not one of the 98 ' +
        'answers 400 at `/members/i/municipalityCode`. Members may be left out at first and added later.',
      params: Api.OrganisationIdParams,
      body: Api.CostProjectInput,
      example: EXAMPLE_PROJECT,
      success: [201, Api.CostProject],
      errors: ['organisation_not_found', 'forbidden', 'cost_projects_joint_only', 'cost_project_invalid'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createCostProject(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.get(project, {
    schema: routeSchema({
      tags,
      summary: 'Et projekt med medlemmer, og hvad der evt. mangler for at beregne planen',
      params: Api.CostProjectIdParams,
      success: [200, Api.CostProject],
      errors: ['organisation_not_found', 'cost_project_not_found'],
    }),
    handler: async (request) => getCostProject(deps, callerOf(request), request.params.organisationId, request.params.projectId),
  });

  app.put(project, {
    schema: routeSchema({
      tags,
      summary: 'Ret projektet: vilkår, model og hele medlemslisten (bølger, piloter, udtræden)',
      description:
        'Members are matched by municipality: new ones are added, changed ones updated, missing ones removed; each change is audited.',
      params: Api.CostProjectIdParams,
      body: Api.CostProjectInput,
      example: EXAMPLE_PROJECT,
      success: [200, Api.CostProject],
      errors: ['organisation_not_found', 'forbidden', 'cost_project_not_found', 'cost_project_invalid'],
    }),
    handler: async (request) =>
      updateCostProject(deps, callerOf(request), request.params.organisationId, request.params.projectId, request.body),
  });

  app.delete(project, {
    schema: routeSchema({
      tags,
      summary: 'Slet et projekt',
      params: Api.CostProjectIdParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'cost_project_not_found'],
    }),
    handler: async (request, reply) => {
      await deleteCostProject(deps, callerOf(request), request.params.organisationId, request.params.projectId);
      return reply.status(204).send();
    },
  });

  app.get(`${project}/plan`, {
    schema: routeSchema({
      tags,
      summary: 'Opkrævningsplanen: hver kommunes fakturaer med grundlag og forklaring, totaler pr. år, business case',
      params: Api.CostProjectIdParams,
      success: [200, Api.CostPlan],
      errors: [...PLAN_ERRORS],
    }),
    // A plan of 98 members over ten years is some 2,000 invoices with their texts: serialised a member at a time.
    handler: async (request, reply) =>
      pacedJson(reply, await getCostPlan(deps, callerOf(request), request.params.organisationId, request.params.projectId)),
  });

  app.get(`${project}/plan/export`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér opkrævningsplanen (.xlsx: fakturaer, pr. år, regler; .csv: fakturaerne)',
      params: Api.CostProjectIdParams,
      querystring: Api.CostExportQuery,
      success: [200, FILES],
      errors: [...PLAN_ERRORS],
    }),
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportCostPlan(
          deps,
          callerOf(request),
          request.params.organisationId,
          request.params.projectId,
          request.query.format ?? 'xlsx',
        ),
      ),
  });

  app.get(`${project}/comparison`, {
    schema: routeSchema({
      tags,
      summary: 'Sammenlign projektets model (a) med sammenligningsmodellen (b) pr. kommune og år',
      params: Api.CostProjectIdParams,
      success: [200, Api.CostComparison],
      errors: [...PLAN_ERRORS, 'cost_comparison_missing'],
    }),
    handler: async (request) =>
      getCostComparison(deps, callerOf(request), request.params.organisationId, request.params.projectId),
  });

  app.post(`${project}/usage`, {
    bodyLimit: deps.config.maxImportBytes,
    schema: routeSchema({
      tags,
      summary: 'Importér forbrug uden for buffeten (fx CPR-opslag) pr. kommune og år fra .csv/.xlsx, alt eller intet',
      description:
        'Columns Kommunekode (or Kommune), År, Antal. The years in the file replace the item’s usage for those years; ' +
        'a municipality that is not a member, an unknown one, a bad year or number, or a municipality and year twice is ' +
        'a row error (422 `import_invalid`, nothing written). `dryRun=true` answers the report without writing.',
      params: Api.CostProjectIdParams,
      querystring: Api.CostUsageImportQuery,
      queryExample: { item: 'CPR-opslag' },
      upload: SPREADSHEET_TYPES,
      success: [200, Api.CostUsageImportReport],
      errors: [
        'organisation_not_found',
        'forbidden',
        'cost_project_not_found',
        'cost_usage_item_unknown',
        'import_unreadable',
        'import_invalid',
        'unsupported_media_type',
      ],
    }),
    handler: async (request) =>
      importCostUsage(
        deps,
        callerOf(request),
        request.params.organisationId,
        request.params.projectId,
        Buffer.isBuffer(request.body) ? request.body : undefined,
        {
          item: request.query.item,
          dryRun: request.query.dryRun === true,
          contentType: request.headers['content-type'],
          locale: request.locale,
        },
      ),
  });

  app.get(`${base}/populations`, {
    schema: routeSchema({
      tags,
      summary: 'Indbyggertal: de gældende tal pr. kommune og dato, og hver import',
      params: Api.OrganisationIdParams,
      querystring: Api.PopulationQuery,
      success: [200, Api.PopulationList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listPopulations(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/populations`, {
    bodyLimit: deps.config.maxImportBytes,
    schema: routeSchema({
      tags,
      summary: 'Importér indbyggertal fra .csv/.xlsx (egne kolonner eller Statistikbankens FOLK1A), alt eller intet',
      description:
        'Layouts: columns kommunekode (or kommune), indbyggere, dato; Statistikbanken FOLK1A as `OMRÅDE;TID;INDHOLD` or as ' +
        'the matrix with quarters as columns ("2024K1" is the population on 1 January 2024). Hele landet, regions, ' +
        'landsdele and Christiansø are skipped and listed. A file with errors answers 422 `import_invalid` with every row ' +
        'error, and nothing is written; `dryRun=true` answers the report without writing. An import adds a version: ' +
        'earlier figures are kept, the newest one counts.',
      params: Api.OrganisationIdParams,
      querystring: Api.PopulationImportQuery,
      upload: SPREADSHEET_TYPES,
      success: [200, Api.PopulationImportReport],
      errors: [
        'organisation_not_found',
        'forbidden',
        'cost_projects_joint_only',
        'import_unreadable',
        'import_invalid',
        'unsupported_media_type',
      ],
    }),
    handler: async (request) =>
      importPopulations(
        deps,
        callerOf(request),
        request.params.organisationId,
        Buffer.isBuffer(request.body) ? request.body : undefined,
        {
          dryRun: request.query.dryRun === true,
          fileName: request.query.fileName ?? null,
          contentType: request.headers['content-type'],
          locale: request.locale,
        },
      ),
  });

  app.get(`${base}/cost-sharing`, {
    schema: routeSchema({
      tags,
      summary: 'Kommunens budget: hvad den skal betale pr. år til hvert fællesprojekt, den er medlem af',
      params: Api.OrganisationIdParams,
      success: [200, Api.CostForecast],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => getCostForecast(deps, callerOf(request), request.params.organisationId),
  });

  app.get(`${base}/cost-sharing/export`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér kommunens budget for fællesprojekter og alle dens fakturaer med forklaring',
      params: Api.OrganisationIdParams,
      querystring: Api.CostExportQuery,
      success: [200, FILES],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportCostForecast(deps, callerOf(request), request.params.organisationId, request.query.format ?? 'xlsx'),
      ),
  });

  app.get(`${base}/cost-sharing/:projectId`, {
    schema: routeSchema({
      tags,
      summary: 'Kommunens opgørelse for ét projekt: hver faktura med grundlag og forklaring',
      params: Api.CostProjectIdParams,
      success: [200, Api.MemberStatement],
      errors: [...PLAN_ERRORS],
    }),
    handler: async (request) =>
      getMemberStatement(deps, callerOf(request), request.params.organisationId, request.params.projectId),
  });
}
