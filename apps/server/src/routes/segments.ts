import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import {
  confirmSegment,
  exportSegments,
  getSegmentMatrix,
  getSegmentSettingsOf,
  getSupplierSegmentation,
  removeSegmentPlacement,
  updateSegmentSettings,
} from '../usecases/segments/segments.js';

/** Supplier segmentation: the matrix, a supplier's proposal and placement, the settings and the follow-up regime. */
export function segmentRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Leverandørstyring'];
  const writeErrors = ['organisation_not_found', 'forbidden', 'csrf_invalid'] as const;

  app.get(`${base}/supplier-segments`, {
    schema: routeSchema({
      tags,
      summary: 'Leverandørsegmentering: hver leverandørs foreslåede og bekræftede segment (Kraljic-matricen)',
      description:
        'segment filters by the confirmed segment, or the proposed one for a supplier not yet placed; differs: placed suppliers whose proposal now names another segment.',
      params: Api.OrganisationIdParams,
      querystring: Api.SegmentQuery,
      success: [200, Api.SegmentMatrix],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) =>
      getSegmentMatrix(deps, callerOf(request), request.params.organisationId, request.query, request.locale),
  });

  app.get(`${base}/exports/supplier-segments`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér leverandørsegmenteringen (.xlsx eller .csv)',
      params: Api.OrganisationIdParams,
      querystring: Api.SegmentExportQuery,
      queryExample: { format: 'xlsx' },
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'One row per supplier' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(reply, await exportSegments(deps, callerOf(request), request.params.organisationId, request.query)),
  });

  app.get(`${base}/suppliers/:supplierId/segment`, {
    schema: routeSchema({
      tags,
      summary: 'En leverandørs foreslåede segment med begrundelser, dens placering og opfølgningsaktiviteter',
      params: Api.SupplierParams,
      success: [200, Api.SupplierSegmentation],
      errors: ['organisation_not_found', 'supplier_not_found'],
    }),
    handler: async (request) =>
      getSupplierSegmentation(deps, callerOf(request), request.params.organisationId, request.params.supplierId, request.locale),
  });

  app.put(`${base}/suppliers/:supplierId/segment`, {
    schema: routeSchema({
      tags,
      summary: 'Bekræft det foreslåede segment, eller vælg et andet med en begrundelse',
      description:
        "The supplier's placement sets its follow-up regime: the regime's recurring activities (status meeting, evaluation, strategic meeting) are created, changed or removed to match.",
      params: Api.SupplierParams,
      body: Api.ConfirmSegmentRequest,
      example: { segment: 'strategic', reason: 'Leverandøren drifter kommunens ESDH-system.' },
      success: [200, Api.SupplierSegmentation],
      errors: [...writeErrors, 'supplier_not_found'],
    }),
    handler: async (request) =>
      confirmSegment(
        deps,
        callerOf(request),
        request.params.organisationId,
        request.params.supplierId,
        request.body,
        request.locale,
      ),
  });

  app.delete(`${base}/suppliers/:supplierId/segment`, {
    schema: routeSchema({
      tags,
      summary: 'Fjern en placering (leverandørens: også opfølgningsaktiviteterne)',
      params: Api.SupplierParams,
      querystring: Api.SegmentPlacementQuery,
      success: [204, null],
      errors: [...writeErrors, 'supplier_not_found', 'segment_placement_not_found'],
    }),
    handler: async (request, reply) => {
      await removeSegmentPlacement(
        deps,
        callerOf(request),
        request.params.organisationId,
        request.params.supplierId,
        request.query.contractId,
      );
      return reply.status(204).send();
    },
  });

  app.get(`${base}/segment-settings`, {
    schema: routeSchema({
      tags,
      summary: 'Segmenteringens vægte, grænser, segmentnavne og opfølgningsregime',
      params: Api.OrganisationIdParams,
      success: [200, Api.SegmentSettings],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => getSegmentSettingsOf(deps, callerOf(request), request.params.organisationId, request.locale),
  });

  app.patch(`${base}/segment-settings`, {
    schema: routeSchema({
      tags,
      summary: 'Ret segmenteringens indstillinger (administratorer); et ændret regime gælder straks alle placerede leverandører',
      params: Api.OrganisationIdParams,
      body: Api.UpdateSegmentSettingsRequest,
      example: {
        weights: { annualSpend: 4, invoiceDeviations: 1 },
        segmentLabels: { bottleneck: 'Kritisk nicheleverandør' },
        regime: { routine: [{ kind: 'supplier_evaluation', recurrence: 'yearly' }] },
      },
      success: [200, Api.SegmentSettings],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      updateSegmentSettings(deps, callerOf(request), request.params.organisationId, request.body, request.locale),
  });
}
