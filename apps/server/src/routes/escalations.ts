import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { createEscalation, deleteEscalation, listEscalations, updateEscalation } from '../usecases/escalations/escalations.js';

/** Escalations in a supplier's collaboration organisation, to the next level or a governance body. */
export function escalationRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Leverandørstyring'];
  const writeErrors = ['organisation_not_found', 'forbidden', 'csrf_invalid'] as const;

  app.get(`${base}/escalations`, {
    schema: routeSchema({
      tags,
      summary: 'Eskaleringer: alle, en leverandørs eller dem, der er sendt til et styringsorgan',
      params: Api.OrganisationIdParams,
      querystring: Api.EscalationQuery,
      success: [200, Api.EscalationList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listEscalations(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/escalations`, {
    schema: routeSchema({
      tags,
      summary: 'Eskalér et problem et trin op (næste niveau eller et styringsorgan); det kommer på modtagerens næste dagsorden',
      params: Api.OrganisationIdParams,
      body: Api.CreateEscalationRequest,
      example: {
        supplierId: '7d5f0f0e-4a63-4b8e-9f43-2f0a4e1b8c11',
        fromLevelId: '3a1c2b4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        title: 'Svartider over SLA i tre måneder',
        description: 'Taktisk niveau har ikke fundet en løsning med leverandøren.',
      },
      success: [201, Api.Escalation],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createEscalation(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.patch(`${base}/escalations/:escalationId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret eller løs en eskalering',
      params: Api.EscalationParams,
      body: Api.UpdateEscalationRequest,
      example: { status: 'resolved', resolution: 'Leverandøren tilfører to konsulenter; opfølgning på næste statusmøde.' },
      success: [200, Api.Escalation],
      errors: [...writeErrors, 'escalation_not_found'],
    }),
    handler: async (request) =>
      updateEscalation(deps, callerOf(request), request.params.organisationId, request.params.escalationId, request.body),
  });

  app.delete(`${base}/escalations/:escalationId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en eskalering (med dens aktivitet)',
      params: Api.EscalationParams,
      success: [204, null],
      errors: [...writeErrors, 'escalation_not_found'],
    }),
    handler: async (request, reply) => {
      await deleteEscalation(deps, callerOf(request), request.params.organisationId, request.params.escalationId);
      return reply.status(204).send();
    },
  });
}
