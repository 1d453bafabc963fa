import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { listOrganisationAudit, listSystemAudit } from '../usecases/audit/audit.js';
import { createToken, listTokens, revokeToken } from '../usecases/tokens/tokens.js';

export function tokenAndAuditRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['API-nøgler'];

  app.get('/api/v1/tokens', {
    schema: routeSchema({
      tags,
      summary: 'Dine API-nøgler (administrator: alle i organisationen), med sidste brug',
      querystring: Api.TokenQuery,
      success: [200, Api.ApiTokenList],
      errors: ['organisation_not_found', 'token_not_allowed'],
    }),
    handler: async (request) => ({ items: await listTokens(deps, callerOf(request), request.query.organisationId) }),
  });

  app.post('/api/v1/tokens', {
    schema: routeSchema({
      tags,
      summary: 'Opret en API-nøgle til én organisation; nøglen vises kun denne ene gang',
      body: Api.CreateTokenRequest,
      example: { organisationId: '00000000-0000-4000-8000-000000000000', name: 'Økonomisystem', scope: 'read' },
      success: [201, Api.CreateTokenResponse],
      errors: ['organisation_not_found', 'not_a_member', 'token_not_allowed'],
    }),
    handler: async (request, reply) => reply.status(201).send(await createToken(deps, callerOf(request), request.body)),
  });

  app.delete('/api/v1/tokens/:tokenId', {
    schema: routeSchema({
      tags,
      summary: 'Tilbagekald en API-nøgle (ejeren eller en administrator)',
      params: Api.TokenParams,
      success: [204, null],
      errors: ['token_not_found', 'token_not_allowed', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await revokeToken(deps, callerOf(request), request.params.tokenId);
      return reply.status(204).send();
    },
  });

  const auditTags = ['Revisionsspor'];
  app.get('/api/v1/organisations/:organisationId/audit', {
    schema: routeSchema({
      tags: auditTags,
      summary: 'Organisationens revisionsspor: hvem ændrede hvad hvornår, med før- og efterværdier',
      params: Api.OrganisationIdParams,
      querystring: Api.AuditQuery,
      success: [200, Api.AuditPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listOrganisationAudit(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get('/api/v1/audit', {
    schema: routeSchema({
      tags: auditTags,
      summary: 'Hele revisionssporet, også hændelser uden for organisationer (systemadministrator)',
      querystring: Api.SystemAuditQuery,
      success: [200, Api.AuditPage],
      errors: ['forbidden', 'token_not_allowed'],
    }),
    handler: async (request) => listSystemAudit(deps, callerOf(request), request.query),
  });
}
