import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { pacedJson } from '../http/paced-json.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import { contractImportTemplate, exportContracts } from '../usecases/contracts/export-contracts.js';
import { importContracts } from '../usecases/contracts/import-contracts.js';
import { exportSuppliers, supplierImportTemplate } from '../usecases/suppliers/export-suppliers.js';
import { importSuppliers } from '../usecases/suppliers/import-suppliers.js';

/** Windows labels .csv files application/vnd.ms-excel; the import reads every body by its first bytes anyway. */
export const SPREADSHEET_TYPES = [XLSX_TYPE, 'text/csv', 'application/vnd.ms-excel', 'application/octet-stream'] as const;

/** Spreadsheets in and out of the register: import (with dry run), export and import templates. */
export function transferRoutes(fastify: FastifyInstance, deps: Deps) {
  fastify.addContentTypeParser(
    [...SPREADSHEET_TYPES],
    { parseAs: 'buffer', bodyLimit: deps.config.maxImportBytes },
    (_req, body, done) => done(null, body),
  );
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  /** An import of the request's body; the report (one row per row of the file) is answered a row at a time. */
  const answerImport = async (
    run: typeof importContracts,
    request: FastifyRequest & {
      params: { organisationId: string };
      query: { dryRun?: boolean | undefined; createMissingUnits?: boolean | undefined };
    },
    reply: FastifyReply,
  ) =>
    pacedJson(
      reply,
      await run(
        deps,
        callerOf(request),
        request.params.organisationId,
        Buffer.isBuffer(request.body) ? request.body : undefined,
        request.query.dryRun === true,
        request.locale,
        request.headers['content-type'],
        { createMissingUnits: request.query.createMissingUnits },
      ),
    );
  const tags = ['Import og eksport'];

  app.post(`${base}/imports/suppliers`, {
    bodyLimit: deps.config.maxImportBytes,
    schema: routeSchema({
      tags,
      summary: 'Importér leverandører fra .xlsx eller .csv (alt eller intet; genimport opdaterer efter CVR-nummer)',
      description:
        'Send the file as the request body with its content type. With `dryRun=true` the answer is the plan and every ' +
        'error; without it a file with errors answers 422 `import_invalid` with `importErrors` (sheet, row, column, reason) ' +
        'and nothing is written.',
      params: Api.OrganisationIdParams,
      querystring: Api.ImportQuery,
      upload: SPREADSHEET_TYPES,
      success: [200, Api.ImportReport],
      errors: ['organisation_not_found', 'forbidden', 'import_unreadable', 'import_invalid', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => answerImport(importSuppliers, request, reply),
  });

  app.get(`${base}/imports/suppliers/template`, {
    schema: routeSchema({
      tags,
      summary: 'Skabelon (.xlsx) til import af leverandører, med vejledning og organisationens klassifikationer',
      params: Api.OrganisationIdParams,
      success: [200, { files: [XLSX_TYPE], description: 'The template workbook' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(reply, await supplierImportTemplate(deps, callerOf(request), request.params.organisationId, request.locale)),
  });

  app.get(`${base}/exports/suppliers`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér leverandører (.xlsx med kontaktpersoner på eget ark, eller .csv)',
      params: Api.OrganisationIdParams,
      querystring: Api.ExportQuery,
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'The suppliers as a workbook or CSV file' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) => {
      const format = request.query.format ?? 'xlsx';
      return sendFile(
        reply,
        await exportSuppliers(deps, callerOf(request), request.params.organisationId, format, request.locale),
      );
    },
  });

  app.post(`${base}/imports/contracts`, {
    bodyLimit: deps.config.maxImportBytes,
    schema: routeSchema({
      tags,
      summary:
        'Importér kontrakter, priselementer og leverandører fra .xlsx eller .csv (alt eller intet; genimport opdaterer efter kontraktnummer)',
      description:
        'Send the file as the request body with its content type. Sheets: Kontrakter (or the first sheet; a CSV file is ' +
        'this sheet), Priselementer and Leverandører (imported first, by the supplier import rules). Headings are matched ' +
        'case-insensitively, also by common other names; only Kontraktnummer and Navn are required, and a column left out ' +
        'leaves that field untouched. Danish numbers (1.234,50) and dates (31-12-2026, 31.12.26, ISO, date cells) are read. ' +
        'With `dryRun=true` the answer is the plan (create / update / unchanged per row, with the fields that change) and ' +
        'every error; without it a file with errors answers 422 `import_invalid` with `importErrors` (sheet, row, column, ' +
        'reason) and nothing is written. Otherwise every row is written in one transaction, each change audited. Units ' +
        'named in Ansvarlig enhed that the organisation lacks are listed in `missingUnits`; with `createMissingUnits=true` ' +
        '(administrators) they are created at the top of the unit tree in the same transaction, otherwise each such cell ' +
        'is an error `unknown_unit` naming the unit.',
      params: Api.OrganisationIdParams,
      querystring: Api.ContractImportQuery,
      queryExample: { dryRun: 'true' },
      upload: SPREADSHEET_TYPES,
      success: [200, Api.ImportReport],
      errors: ['organisation_not_found', 'forbidden', 'import_unreadable', 'import_invalid', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => answerImport(importContracts, request, reply),
  });

  app.get(`${base}/imports/contracts/template`, {
    schema: routeSchema({
      tags,
      summary: 'Skabelon (.xlsx) til import af kontrakter og priselementer, med vejledning og organisationens værdilister',
      params: Api.OrganisationIdParams,
      success: [200, { files: [XLSX_TYPE], description: 'The template workbook' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(reply, await contractImportTemplate(deps, callerOf(request), request.params.organisationId, request.locale)),
  });

  app.get(`${base}/exports/contracts`, {
    schema: routeSchema({
      tags,
      summary:
        'Eksportér registret (.xlsx med kontrakter, priselementer, leverandører og kontaktpersoner på hver sit ark, eller kontrakterne som .csv)',
      description:
        'Danish headings; option values by label in the language of Accept-Language; dates as dates and amounts as numbers. ' +
        'The derived status and end are read-only columns at the end. The workbook imports again without changes.',
      params: Api.OrganisationIdParams,
      querystring: Api.ExportQuery,
      queryExample: { format: 'xlsx' },
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'The register as a workbook, or the contracts as CSV' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportContracts(
          deps,
          callerOf(request),
          request.params.organisationId,
          request.query.format ?? 'xlsx',
          request.locale,
        ),
      ),
  });
}
