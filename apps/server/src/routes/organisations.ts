import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../usecases/organisations/organisations.js';
import { createUnit, deleteUnit, listUnits, updateUnit } from '../usecases/units/units.js';

export function organisationRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['Organisationer'];

  app.get('/api/v1/organisations', {
    schema: routeSchema({
      tags,
      summary: 'Organisationer du har adgang til (systemadministrator: alle)',
      querystring: Api.OrganisationQuery,
      success: [200, Api.OrganisationList],
    }),
    handler: async (request) => {
      const { kind, q } = request.query;
      return { items: await listOrganisations(deps, callerOf(request), { ...(kind && { kind }), ...(q && { q }) }) };
    },
  });

  app.post('/api/v1/organisations', {
    schema: routeSchema({
      tags,
      summary: 'Opret et fællesskab eller en anden organisation (systemadministrator)',
      body: Api.CreateOrganisationRequest,
      example: { kind: 'fællesskab', name: 'Fælles IT-samarbejde Nord', cvr: null },
      success: [201, Api.Organisation],
      errors: ['forbidden', 'token_not_allowed'],
    }),
    handler: async (request, reply) => reply.status(201).send(await createOrganisation(deps, callerOf(request), request.body)),
  });

  app.get('/api/v1/organisations/:organisationId', {
    schema: routeSchema({
      tags,
      summary: 'En organisation',
      params: Api.OrganisationIdParams,
      success: [200, Api.Organisation],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => getOrganisation(deps, callerOf(request), request.params.organisationId),
  });

  app.patch('/api/v1/organisations/:organisationId', {
    schema: routeSchema({
      tags,
      summary: 'Ret en organisation (systemadministrator)',
      params: Api.OrganisationIdParams,
      body: Api.UpdateOrganisationRequest,
      example: { name: 'Fælles IT-samarbejde Nordjylland' },
      success: [200, Api.Organisation],
      errors: ['forbidden', 'token_not_allowed', 'organisation_not_found'],
    }),
    handler: async (request) => updateOrganisation(deps, callerOf(request), request.params.organisationId, request.body),
  });

  const unitTags = ['Enheder'];
  app.get('/api/v1/organisations/:organisationId/units', {
    schema: routeSchema({
      tags: unitTags,
      summary: 'Organisationens enheder (forvaltninger, centre) som flad liste med parentId',
      params: Api.OrganisationIdParams,
      success: [200, Api.UnitList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => ({ items: await listUnits(deps, callerOf(request), request.params.organisationId) }),
  });

  app.post('/api/v1/organisations/:organisationId/units', {
    schema: routeSchema({
      tags: unitTags,
      summary: 'Opret en enhed (administrator)',
      params: Api.OrganisationIdParams,
      body: Api.CreateUnitRequest,
      example: { name: 'Børn og Unge', parentId: null, ean: '5798000416604' },
      success: [201, Api.Unit],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createUnit(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.patch('/api/v1/organisations/:organisationId/units/:unitId', {
    schema: routeSchema({
      tags: unitTags,
      summary: 'Ret eller flyt en enhed (administrator)',
      params: Api.UnitParams,
      body: Api.UpdateUnitRequest,
      example: { name: 'Børne- og Ungeforvaltningen' },
      success: [200, Api.Unit],
      errors: ['organisation_not_found', 'forbidden', 'unit_not_found', 'unit_cycle'],
    }),
    handler: async (request) =>
      updateUnit(deps, callerOf(request), request.params.organisationId, request.params.unitId, request.body),
  });

  app.delete('/api/v1/organisations/:organisationId/units/:unitId', {
    schema: routeSchema({
      tags: unitTags,
      summary: 'Slet en enhed uden underenheder (administrator)',
      params: Api.UnitParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'unit_not_found', 'unit_has_children', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteUnit(deps, callerOf(request), request.params.organisationId, request.params.unitId);
      return reply.status(204).send();
    },
  });
}
