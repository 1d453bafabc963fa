import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import {
  acceptMyInvitation,
  declineMyInvitation,
  inviteMember,
  listInvitations,
  myInvitations,
  resendInvitation,
  withdrawInvitation,
} from '../usecases/members/invitations.js';
import { joinAsSystemAdministrator, listMembers, removeMember, updateMember } from '../usecases/members/members.js';
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
      summary: 'Invitér en e-mailadresse med en rolle (administrator); personen bliver medlem, når hun tager imod',
      description:
        'Creates an invitation and mails the address a one-time link (valid 7 days). The answer is the same whether or not the address belongs to a person: it never names the person or says that one exists. The person becomes a member on accepting; until then the organisation sees only the invitation (GET …/invitations). Only an address that is already a member is refused (already_member); one with an open invitation is already_invited.',
      params: Api.OrganisationIdParams,
      body: Api.AddMemberRequest,
      example: { email: 'kontraktstyring@kommune.dk', role: 'redaktør' },
      success: [201, Api.AddMemberResponse],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'already_member', 'already_invited'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await inviteMember(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.post('/api/v1/organisations/:organisationId/members/me', {
    schema: routeSchema({
      tags,
      summary: 'Gør mig (systemadministrator) til administrator af organisationen',
      description:
        'For a system administrator who is not a member (e.g. after the first start): they become an administrator at once, audited. Anyone else is refused (forbidden); a member already is one (already_member).',
      params: Api.OrganisationIdParams,
      success: [201, Api.Member],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'already_member', 'csrf_invalid'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await joinAsSystemAdministrator(deps, callerOf(request), request.params.organisationId)),
  });

  app.get('/api/v1/organisations/:organisationId/invitations', {
    schema: routeSchema({
      tags,
      summary: 'Organisationens åbne invitationer: adresse, rolle, inviteret af og udløb (administrator)',
      params: Api.OrganisationIdParams,
      success: [200, Api.InvitationList],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request) => ({ items: await listInvitations(deps, callerOf(request), request.params.organisationId) }),
  });

  app.post('/api/v1/organisations/:organisationId/invitations/:invitationId/resend', {
    schema: routeSchema({
      tags,
      summary: 'Send en invitation igen med et nyt link, gyldigt i 7 dage; det gamle link holder op med at virke (administrator)',
      params: Api.InvitationParams,
      success: [200, Api.Invitation],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'invitation_not_found', 'csrf_invalid'],
    }),
    handler: async (request) =>
      resendInvitation(deps, callerOf(request), request.params.organisationId, request.params.invitationId),
  });

  app.delete('/api/v1/organisations/:organisationId/invitations/:invitationId', {
    schema: routeSchema({
      tags,
      summary: 'Træk en invitation tilbage; linket holder op med at virke (administrator)',
      params: Api.InvitationParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'token_not_allowed', 'invitation_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await withdrawInvitation(deps, callerOf(request), request.params.organisationId, request.params.invitationId);
      return reply.status(204).send();
    },
  });

  const accountTags = ['Konto'];
  app.get('/api/v1/me/invitations', {
    schema: routeSchema({
      tags: accountTags,
      summary: 'Invitationer til din e-mailadresse, som endnu ikke er besvaret eller udløbet',
      success: [200, Api.MyInvitationList],
      errors: ['token_not_allowed'],
    }),
    handler: async (request) => ({ items: await myInvitations(deps, callerOf(request)) }),
  });

  app.post('/api/v1/me/invitations/:invitationId/accept', {
    schema: routeSchema({
      tags: accountTags,
      summary: 'Tag imod en invitation til din e-mailadresse: du bliver medlem med den inviterede rolle',
      params: Api.MyInvitationParams,
      success: [200, Api.Me],
      errors: ['token_not_allowed', 'invitation_not_found', 'csrf_invalid'],
    }),
    handler: async (request) => acceptMyInvitation(deps, callerOf(request), request.params.invitationId),
  });

  app.post('/api/v1/me/invitations/:invitationId/decline', {
    schema: routeSchema({
      tags: accountTags,
      summary: 'Afslå en invitation til din e-mailadresse',
      params: Api.MyInvitationParams,
      success: [204, null],
      errors: ['token_not_allowed', 'invitation_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await declineMyInvitation(deps, callerOf(request), request.params.invitationId);
      return reply.status(204).send();
    },
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
