import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { consumptionReport, exportConsumption } from '../usecases/invoices/consumption.js';
import {
  assignInvoiceContract,
  assignInvoiceLine,
  checkInvoiceAgain,
  decideInvoice,
  recheckInvoices,
} from '../usecases/invoices/decide-invoice.js';
import { exportInvoices } from '../usecases/invoices/export-invoices.js';
import { downloadInvoiceXml, getInvoiceDetail, listInvoices } from '../usecases/invoices/invoices.js';
import { deleteOrderReference, listOrderReferenceMappings } from '../usecases/invoices/order-references.js';
import { type ReceivedFile, receiveInvoices } from '../usecases/invoices/receive-invoices.js';

const XML_TYPES = ['application/xml', 'text/xml'] as const;
const INTAKE_TYPES = [...XML_TYPES, 'multipart/form-data'] as const;

/** Invoice control: intake of e-invoices, the inbox, checks, decisions, exports and consumption reports. */
export function invoiceRoutes(fastify: FastifyInstance, deps: Deps) {
  fastify.addContentTypeParser(
    [...XML_TYPES],
    { parseAs: 'buffer', bodyLimit: deps.config.maxInvoiceBytes },
    (_req, body, done) => done(null, body),
  );
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Fakturakontrol'];

  app.post('/api/v1/invoices', {
    bodyLimit: deps.config.maxInvoiceBytes,
    schema: routeSchema({
      tags,
      summary: 'Modtag e-fakturaer og kreditnotaer (OIOUBL 2.0x/2.1, Peppol BIS 3) som XML eller multipart med mange filer',
      description:
        'The body is one XML document (application/xml or text/xml) or multipart/form-data with one or more files. Each file ' +
        'is parsed by a streaming parser that refuses DTDs and entities, then stored with its exact bytes and SHA-256, its ' +
        'lines and its check, in its own transaction: a refused file leaves nothing behind and does not stop the others. ' +
        'The answer lists every file: created, duplicate (the same bytes were received before) or refused (with the reason ' +
        'and, where known, the line). Without organisationId the buyer decides (EAN/GLN of a unit, else CVR) among the ' +
        `organisations the caller may write to. Largest file: OVERBLIK_MAX_INVOICE_BYTES (default 20 MB).`,
      querystring: Api.InvoiceIntakeQuery,
      upload: INTAKE_TYPES,
      success: [201, Api.IntakeReport],
      errors: ['organisation_not_found', 'forbidden', 'invoice_no_file', 'invoice_too_many_files', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => {
      const files = await receivedFiles(request, request.query.fileName ?? null, deps);
      const report = await receiveInvoices(deps, callerOf(request), files, {
        organisationId: request.query.organisationId ?? null,
        source: request.caller?.session ? 'web' : 'api',
        locale: request.locale,
      });
      return reply.status(201).send(report);
    },
  });

  app.get(`${base}/invoices`, {
    schema: routeSchema({
      tags,
      summary: 'Fakturaindbakken: modtagne fakturaer og kreditnotaer med status og afvigelser',
      params: Api.OrganisationIdParams,
      querystring: Api.InvoiceQuery,
      success: [200, Api.InvoicePage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listInvoices(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/invoices/export`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér fakturaer til økonomisystemet (.xlsx eller .csv, én række pr. linje med kontering)',
      params: Api.OrganisationIdParams,
      querystring: Api.InvoiceExportQuery,
      success: [
        200,
        { files: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'], description: 'The file' },
      ],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(reply, await exportInvoices(deps, callerOf(request), request.params.organisationId, request.query)),
  });

  app.post(`${base}/invoices/check`, {
    schema: routeSchema({
      tags,
      summary: 'Kontrollér alle åbne fakturaer igen mod registeret, som det er nu',
      params: Api.OrganisationIdParams,
      success: [200, Api.RecheckReport],
      errors: ['organisation_not_found', 'forbidden', 'csrf_invalid'],
    }),
    handler: async (request) => recheckInvoices(deps, callerOf(request), request.params.organisationId),
  });

  app.get(`${base}/invoices/:invoiceId`, {
    schema: routeSchema({
      tags,
      summary: 'En faktura med linjer, matchede priselementer, afvigelser og afgørelse',
      params: Api.InvoiceParams,
      success: [200, Api.InvoiceDetail],
      errors: ['organisation_not_found', 'invoice_not_found'],
    }),
    handler: async (request) =>
      getInvoiceDetail(deps, callerOf(request), request.params.organisationId, request.params.invoiceId),
  });

  app.get(`${base}/invoices/:invoiceId/xml`, {
    schema: routeSchema({
      tags,
      summary: 'Den originale XML-fil, præcis som modtaget',
      params: Api.InvoiceParams,
      success: [200, { files: ['application/xml'], description: 'The XML as received; its SHA-256 is in x-content-sha256' }],
      errors: ['organisation_not_found', 'invoice_not_found'],
    }),
    handler: async (request, reply) => {
      const file = await downloadInvoiceXml(deps, callerOf(request), request.params.organisationId, request.params.invoiceId);
      reply.header('x-content-sha256', file.sha256);
      return sendFile(reply, { bytes: file.bytes, contentType: 'application/xml', fileName: file.fileName });
    },
  });

  app.post(`${base}/invoices/:invoiceId/check`, {
    schema: routeSchema({
      tags,
      summary: 'Kontrollér fakturaen igen',
      params: Api.InvoiceParams,
      success: [200, Api.InvoiceDetail],
      errors: ['organisation_not_found', 'forbidden', 'invoice_not_found', 'invoice_decided', 'csrf_invalid'],
    }),
    handler: async (request) =>
      checkInvoiceAgain(deps, callerOf(request), request.params.organisationId, request.params.invoiceId),
  });

  app.put(`${base}/invoices/:invoiceId/contract`, {
    schema: routeSchema({
      tags,
      summary: 'Knyt fakturaen til en kontrakt, eller markér den som køb uden for kontrakt (med begrundelse)',
      params: Api.InvoiceParams,
      body: Api.AssignContractRequest,
      example: { outsideContract: true, reason: 'Enkeltkøb under tærskelværdien, godkendt af afdelingschef' },
      success: [200, Api.InvoiceDetail],
      errors: ['organisation_not_found', 'forbidden', 'invoice_not_found', 'invoice_decided'],
    }),
    handler: async (request) =>
      assignInvoiceContract(deps, callerOf(request), request.params.organisationId, request.params.invoiceId, request.body),
  });

  app.put(`${base}/invoices/:invoiceId/lines/:lineId/price-element`, {
    schema: routeSchema({
      tags,
      summary: 'Knyt en fakturalinje til et priselement i kontrakten (og husk evt. leverandørens varenummer)',
      params: Api.InvoiceLineParams,
      body: Api.AssignLineRequest,
      example: { priceElementId: null },
      success: [200, Api.InvoiceDetail],
      errors: ['organisation_not_found', 'forbidden', 'invoice_not_found', 'invoice_line_not_found', 'invoice_decided'],
    }),
    handler: async (request) =>
      assignInvoiceLine(
        deps,
        callerOf(request),
        request.params.organisationId,
        request.params.invoiceId,
        request.params.lineId,
        request.body,
      ),
  });

  app.post(`${base}/invoices/:invoiceId/decision`, {
    schema: routeSchema({
      tags,
      summary: 'Godkend, bestrid eller afvis fakturaen (it-controller eller administrator); genåbn (administrator)',
      description:
        'approved needs a contract (or "outside contract" with a reason) and a comment when the check found deviations; ' +
        'disputed writes the text for the supplier (disputeText) listing each deviation and the amount in question; ' +
        'rejected needs a comment; checked reopens a decided invoice and checks it again.',
      params: Api.InvoiceParams,
      body: Api.InvoiceDecisionRequest,
      example: { status: 'disputed', comment: 'Prisen på linje 2 svarer ikke til kontrakten.' },
      success: [200, Api.InvoiceDetail],
      errors: [
        'organisation_not_found',
        'forbidden',
        'invoice_not_found',
        'invoice_decided',
        'invoice_decision_forbidden',
        'invoice_unmatched',
      ],
    }),
    handler: async (request) =>
      decideInvoice(deps, callerOf(request), request.params.organisationId, request.params.invoiceId, request.body),
  });

  app.get(`${base}/invoice-order-references`, {
    schema: routeSchema({
      tags,
      summary: 'Ordrereferencer, organisationen har knyttet til kontrakter',
      params: Api.OrganisationIdParams,
      success: [200, Api.OrderReferenceMappingList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listOrderReferenceMappings(deps, callerOf(request), request.params.organisationId),
  });

  app.delete(`${base}/invoice-order-references/:mappingId`, {
    schema: routeSchema({
      tags,
      summary: 'Glem en ordrereference',
      params: Api.OrderReferenceParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'order_reference_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteOrderReference(deps, callerOf(request), request.params.organisationId, request.params.mappingId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/consumption`, {
    schema: routeSchema({
      tags,
      summary: 'Forbrugsmonitorering for et år: pr. leverandør og kontrakt, inden for og uden for kontrakt',
      description: 'format=json answers the report; xlsx and csv answer the tables behind its charts as a file.',
      params: Api.OrganisationIdParams,
      querystring: Api.ConsumptionQuery,
      queryExample: { year: '2026' },
      success: [200, Api.ConsumptionReport],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId } = request.params;
      const { year, format } = request.query;
      if (format === 'xlsx' || format === 'csv')
        return sendFile(reply, await exportConsumption(deps, callerOf(request), organisationId, year, format));
      return consumptionReport(deps, callerOf(request), organisationId, year);
    },
  });
}

/** The files of an intake request: the raw XML body, or every file part of a multipart body. */
async function receivedFiles(request: FastifyRequest, fileName: string | null, deps: Deps): Promise<ReceivedFile[]> {
  if (Buffer.isBuffer(request.body)) return [{ bytes: request.body, fileName }];
  if (!request.isMultipart()) throw new AppError('invoice_no_file');
  const files: ReceivedFile[] = [];
  for await (const part of request.files({
    limits: { fileSize: deps.config.maxInvoiceBytes, files: deps.config.maxInvoiceFiles + 1 },
  })) {
    if (files.length >= deps.config.maxInvoiceFiles) throw new AppError('invoice_too_many_files');
    const bytes = await part.toBuffer().catch((error: unknown) => {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return null;
      throw error;
    });
    // An oversized file becomes a refusal in the report, not a failed request.
    files.push({ bytes: bytes ?? new Uint8Array(0), fileName: part.filename || null, tooLarge: bytes === null });
  }
  if (files.length === 0) throw new AppError('invoice_no_file');
  return files;
}
