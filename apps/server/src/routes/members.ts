import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { addMember, listMembers, removeMember, updateMember } from '../usecases/members/members.js';
import { createUser, listUsers, updateUser } from '../usecases/users/users.js';

export function memberRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['Medlemmer'];

  app.get('/api/v1/organisations/:organisationId/members', {
    schema: routeSchema({
      tags,
      summary: 'Organisationens medlemmer og deres roller',
      params: Api.OrganisationIdParams,
      success: [200, Api.MemberList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => ({ items: await listMembers(deps, callerOf(request), request.params.organisationId) }),
  });

  app.post('/api/v1/organisations/:organisationId/members', {
    schema: routeSchema({
      tags,
      summary: 'Tilføj en person med en rolle (administrator); nye personer får et invitationslink',
      params: Api.OrganisationIdParams,
      body: Api.AddMemberRequest,
      example: { email: 'kontraktstyring@kommune.dk', name: 'Kim Kontrakt', role: 'redaktør' },
      success: [201, Api.AddMemberResponse],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'already_member'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await addMember(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.patch('/api/v1/organisations/:organisationId/members/:memberId', {
    schema: routeSchema({
      tags,
      summary: 'Skift et medlems rolle (administrator)',
      params: Api.MemberParams,
      body: Api.UpdateMemberRequest,
      example: { role: 'læser' },
      success: [200, Api.Member],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'member_not_found', 'last_administrator'],
    }),
    handler: async (request) =>
      updateMember(deps, callerOf(request), request.params.organisationId, request.params.memberId, request.body),
  });

  app.delete('/api/v1/organisations/:organisationId/members/:memberId', {
    schema: routeSchema({
      tags,
      summary: 'Fjern et medlem fra organisationen (administrator)',
      params: Api.MemberParams,
      success: [204, null],
      errors: [
        'organisation_not_found',
        'forbidden',
        'token_not_allowed',
        'member_not_found',
        'last_administrator',
        'csrf_invalid',
      ],
    }),
    handler: async (request, reply) => {
      await removeMember(deps, callerOf(request), request.params.organisationId, request.params.memberId);
      return reply.status(204).send();
    },
  });

  const userTags = ['Personer'];
  app.get('/api/v1/users', {
    schema: routeSchema({
      tags: userTags,
      summary: 'Alle personer (systemadministrator)',
      success: [200, Api.UserList],
      errors: ['forbidden', 'token_not_allowed'],
    }),
    handler: async (request) => ({ items: await listUsers(deps, callerOf(request)) }),
  });

  app.post('/api/v1/users', {
    schema: routeSchema({
      tags: userTags,
      summary: 'Opret en person med invitationslink (systemadministrator)',
      body: Api.CreateUserRequest,
      example: { email: 'ny.person@kommune.dk', name: 'Ny Person', isSystemAdmin: false },
      success: [201, Api.CreateUserResponse],
      errors: ['forbidden', 'token_not_allowed', 'email_taken'],
    }),
    handler: async (request, reply) => reply.status(201).send(await createUser(deps, callerOf(request), request.body)),
  });

  app.patch('/api/v1/users/:userId', {
    schema: routeSchema({
      tags: userTags,
      summary: 'Ret en person: navn, systemadministrator, spær eller genåbn (systemadministrator)',
      params: Api.UserParams,
      body: Api.UpdateUserRequest,
      example: { disabled: true },
      success: [200, Api.UserAccount],
      errors: ['forbidden', 'token_not_allowed', 'user_not_found', 'cannot_change_self'],
    }),
    handler: async (request) => updateUser(deps, callerOf(request), request.params.userId, request.body),
  });
}
