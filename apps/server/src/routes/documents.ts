import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import {
  deleteDocument,
  downloadDocumentVersion,
  getDocumentInfo,
  listDocuments,
  updateDocument,
  uploadDocument,
  uploadDocumentVersion,
} from '../usecases/documents/documents.js';
import { search } from '../usecases/search/search.js';
import { SPREADSHEET_TYPES } from './transfer.js';

/** Document files besides the spreadsheet types (whose raw-body parser the import routes register). */
const DOCUMENT_ONLY_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/msword',
  'application/zip',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'image/gif',
  'text/plain',
] as const;
export const DOCUMENT_TYPES = [...DOCUMENT_ONLY_TYPES, ...SPREADSHEET_TYPES] as const;

/** Documents of contracts and suppliers (upload, versions, download) and the register's search. */
export function documentRoutes(fastify: FastifyInstance, deps: Deps) {
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(
    [...DOCUMENT_ONLY_TYPES],
    { parseAs: 'buffer', bodyLimit: deps.config.maxDocumentBytes },
    (_req, body, done) => done(null, body),
  );
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Dokumenter og søgning'];
  const uploadDescription =
    'Send the file as the request body with its own content type (or application/octet-stream: the type is then taken ' +
    'from the file name). The text of PDF, DOCX, ODT and XLSX files is extracted for search; a PDF without text (a scan) ' +
    `is stored but marked not searchable (textStatus no_text). Largest file: OVERBLIK_MAX_DOCUMENT_BYTES (default 50 MB).`;

  app.post(`${base}/contracts/:contractId/documents`, {
    bodyLimit: deps.config.maxDocumentBytes,
    schema: routeSchema({
      tags,
      summary: 'Vedhæft et dokument til en kontrakt (fx den underskrevne kontrakt)',
      description: uploadDescription,
      params: Api.ContractParams,
      querystring: Api.UploadDocumentQuery,
      queryExample: { fileName: 'kontrakt.pdf', kind: 'signed_original' },
      upload: DOCUMENT_TYPES,
      success: [201, Api.DocumentSchema],
      errors: ['organisation_not_found', 'forbidden', 'contract_not_found', 'document_empty', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => {
      const { organisationId, contractId } = request.params;
      const { fileName, title, kind } = request.query;
      const document = await uploadDocument(
        deps,
        callerOf(request),
        organisationId,
        { contractId },
        { bytes: bodyBytes(request.body), fileName, mediaType: request.headers['content-type'] },
        { ...(title && { title }), ...(kind && { kind }) },
      );
      return reply.status(201).send(document);
    },
  });

  app.post(`${base}/suppliers/:supplierId/documents`, {
    bodyLimit: deps.config.maxDocumentBytes,
    schema: routeSchema({
      tags,
      summary: 'Vedhæft et dokument til en leverandør',
      description: uploadDescription,
      params: Api.SupplierParams,
      querystring: Api.UploadDocumentQuery,
      queryExample: { fileName: 'rammeaftale.pdf' },
      upload: DOCUMENT_TYPES,
      success: [201, Api.DocumentSchema],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found', 'document_empty', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId } = request.params;
      const { fileName, title, kind } = request.query;
      const document = await uploadDocument(
        deps,
        callerOf(request),
        organisationId,
        { supplierId },
        { bytes: bodyBytes(request.body), fileName, mediaType: request.headers['content-type'] },
        { ...(title && { title }), ...(kind && { kind }) },
      );
      return reply.status(201).send(document);
    },
  });

  app.get(`${base}/documents`, {
    schema: routeSchema({
      tags,
      summary: 'Dokumenter, fx for én kontrakt eller leverandør (med changedSince til integrationer)',
      params: Api.OrganisationIdParams,
      querystring: Api.DocumentQuery,
      success: [200, Api.DocumentPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listDocuments(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/documents/:documentId`, {
    schema: routeSchema({
      tags,
      summary: 'Et dokument med alle versioner',
      params: Api.DocumentParams,
      success: [200, Api.DocumentSchema],
      errors: ['organisation_not_found', 'document_not_found'],
    }),
    handler: async (request) =>
      getDocumentInfo(deps, callerOf(request), request.params.organisationId, request.params.documentId),
  });

  app.patch(`${base}/documents/:documentId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret titel, art (underskrevet original / arbejdskopi) eller noter',
      params: Api.DocumentParams,
      body: Api.UpdateDocumentRequest,
      example: { kind: 'signed_original', title: 'Kontrakt, underskrevet' },
      success: [200, Api.DocumentSchema],
      errors: ['organisation_not_found', 'forbidden', 'document_not_found'],
    }),
    handler: async (request) =>
      updateDocument(deps, callerOf(request), request.params.organisationId, request.params.documentId, request.body),
  });

  app.delete(`${base}/documents/:documentId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet et dokument med alle versioner',
      params: Api.DocumentParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'document_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteDocument(deps, callerOf(request), request.params.organisationId, request.params.documentId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/documents/:documentId/versions`, {
    bodyLimit: deps.config.maxDocumentBytes,
    schema: routeSchema({
      tags,
      summary: 'Upload en ny version af et dokument',
      description: uploadDescription,
      params: Api.DocumentParams,
      querystring: Api.UploadVersionQuery,
      queryExample: { fileName: 'kontrakt-v2.pdf' },
      upload: DOCUMENT_TYPES,
      success: [201, Api.DocumentSchema],
      errors: ['organisation_not_found', 'forbidden', 'document_not_found', 'document_empty', 'unsupported_media_type'],
    }),
    handler: async (request, reply) => {
      const { organisationId, documentId } = request.params;
      const document = await uploadDocumentVersion(deps, callerOf(request), organisationId, documentId, {
        bytes: bodyBytes(request.body),
        fileName: request.query.fileName,
        mediaType: request.headers['content-type'],
      });
      return reply.status(201).send(document);
    },
  });

  app.get(`${base}/documents/:documentId/versions/:versionId/content`, {
    schema: routeSchema({
      tags,
      summary: 'Hent filen i en version af et dokument',
      params: Api.DocumentVersionParams,
      success: [200, { files: ['application/octet-stream'], description: 'The file as uploaded' }],
      errors: ['organisation_not_found', 'document_version_not_found', 'document_file_missing'],
    }),
    handler: async (request, reply) => {
      const { organisationId, documentId, versionId } = request.params;
      return sendFile(reply, await downloadDocumentVersion(deps, callerOf(request), organisationId, documentId, versionId));
    },
  });

  app.get(`${base}/search`, {
    schema: routeSchema({
      tags,
      summary: 'Søg i kontrakter, leverandører, kontaktpersoner, priselementer og dokumenttekst (dansk bøjning)',
      params: Api.OrganisationIdParams,
      querystring: Api.SearchQuery,
      queryExample: { q: 'leverandøren' },
      success: [200, Api.SearchResult],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => search(deps, callerOf(request), request.params.organisationId, request.query),
  });
}

function bodyBytes(body: unknown): Buffer | undefined {
  return Buffer.isBuffer(body) ? body : undefined;
}
