import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import { createRole, deleteRole, listRoles, updateRole } from '../usecases/governance/central-roles.js';
import {
  addParticipant,
  createDefaultLevels,
  createLevel,
  deleteLevel,
  deleteParticipant,
  getCollaboration,
  updateLevel,
  updateParticipant,
} from '../usecases/governance/collaboration.js';
import {
  addBodyMember,
  createBody,
  createDrejebogBodies,
  deleteBody,
  getBody,
  listBodies,
  removeBodyMember,
  updateBody,
  updateBodyMember,
} from '../usecases/governance/governance-bodies.js';
import { exportWhoDoesWhat, whoDoesWhat } from '../usecases/governance/who-does-what.js';

const EXAMPLE_USER = '3f1c2b7e-8a4d-4c6f-9b1e-2d7a5c9e0f13';

/** Supplier management: governance bodies, collaboration organisations, central roles and who does what. */
export function governanceRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Leverandørstyring'];

  app.get(`${base}/governance-bodies`, {
    schema: routeSchema({
      tags,
      summary: 'Organisationens styringsorganer med medlemmer og eskalering (til og fra)',
      params: Api.OrganisationIdParams,
      success: [200, Api.GovernanceBodyList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listBodies(deps, callerOf(request), request.params.organisationId),
  });

  app.post(`${base}/governance-bodies`, {
    schema: routeSchema({
      tags,
      summary: 'Opret et styringsorgan',
      params: Api.OrganisationIdParams,
      body: Api.CreateGovernanceBodyRequest,
      example: {
        name: 'Kontraktråd',
        purpose: 'Følger op på de største kontrakter.',
        meetingsMin: 4,
        meetingsMax: 4,
        participantRoles: ['kontraktstyringsansvarlig', 'it_controller'],
        inputs: ['Statusrapporter'],
        outputs: ['Korrigerende handlinger'],
        responsibilities: ['Opfølgning på leverandører'],
        escalatesToText: 'Kommunaldirektør',
      },
      success: [201, Api.GovernanceBody],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createBody(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.post(`${base}/governance-bodies/drejebog`, {
    schema: routeSchema({
      tags,
      summary:
        'Opret Drejebogens seks styringsorganer på brugerens sprog (administrator); de organer, organisationen allerede har, oprettes ikke igen',
      params: Api.OrganisationIdParams,
      success: [200, Api.DrejebogBodiesResult],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request) => createDrejebogBodies(deps, callerOf(request), request.params.organisationId, request.locale),
  });

  app.get(`${base}/governance-bodies/:bodyId`, {
    schema: routeSchema({
      tags,
      summary: 'Et styringsorgan',
      params: Api.GovernanceBodyParams,
      success: [200, Api.GovernanceBody],
      errors: ['organisation_not_found', 'governance_body_not_found'],
    }),
    handler: async (request) => getBody(deps, callerOf(request), request.params.organisationId, request.params.bodyId),
  });

  app.patch(`${base}/governance-bodies/:bodyId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret et styringsorgan (udeladte felter bevares; en eskalering, der går i ring, afvises)',
      params: Api.GovernanceBodyParams,
      body: Api.UpdateGovernanceBodyRequest,
      example: { meetingsMin: 6, meetingsMax: 8 },
      success: [200, Api.GovernanceBody],
      errors: ['organisation_not_found', 'forbidden', 'governance_body_not_found'],
    }),
    handler: async (request) =>
      updateBody(deps, callerOf(request), request.params.organisationId, request.params.bodyId, request.body),
  });

  app.delete(`${base}/governance-bodies/:bodyId`, {
    schema: routeSchema({
      tags,
      summary:
        'Slet et styringsorgan og dets medlemmer (de, der eskalerede til det, eskalerer derefter ikke videre); ikke et organ med møder eller åbne eskaleringer',
      params: Api.GovernanceBodyParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'governance_body_not_found', 'governance_body_in_use', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteBody(deps, callerOf(request), request.params.organisationId, request.params.bodyId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/governance-bodies/:bodyId/members`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj et medlem af organisationen til styringsorganet',
      params: Api.GovernanceBodyParams,
      body: Api.AddBodyMemberRequest,
      example: { userId: EXAMPLE_USER, role: 'Formand' },
      success: [201, Api.GovernanceBodyMember],
      errors: ['organisation_not_found', 'forbidden', 'governance_body_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId, bodyId } = request.params;
      return reply.status(201).send(await addBodyMember(deps, callerOf(request), organisationId, bodyId, request.body));
    },
  });

  app.patch(`${base}/governance-bodies/:bodyId/members/:bodyMemberId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret et medlems rolle i styringsorganet',
      params: Api.BodyMemberParams,
      body: Api.UpdateBodyMemberRequest,
      example: { role: 'Sekretær' },
      success: [200, Api.GovernanceBodyMember],
      errors: ['organisation_not_found', 'forbidden', 'body_member_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, bodyId, bodyMemberId } = request.params;
      return updateBodyMember(deps, callerOf(request), organisationId, bodyId, bodyMemberId, request.body);
    },
  });

  app.delete(`${base}/governance-bodies/:bodyId/members/:bodyMemberId`, {
    schema: routeSchema({
      tags,
      summary: 'Fjern et medlem fra styringsorganet',
      params: Api.BodyMemberParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'body_member_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, bodyId, bodyMemberId } = request.params;
      await removeBodyMember(deps, callerOf(request), organisationId, bodyId, bodyMemberId);
      return reply.status(204).send();
    },
  });

  const collaboration = `${base}/suppliers/:supplierId/collaboration`;
  app.get(collaboration, {
    schema: routeSchema({
      tags,
      summary: 'Leverandørens samarbejdsorganisation (eller en af dens kontrakters, med contractId)',
      params: Api.SupplierParams,
      querystring: Api.CollaborationQuery,
      success: [200, Api.CollaborationOrganisation],
      errors: ['organisation_not_found', 'supplier_not_found'],
    }),
    handler: async (request) =>
      getCollaboration(deps, callerOf(request), request.params.organisationId, request.params.supplierId, request.query),
  });

  app.post(`${collaboration}/defaults`, {
    schema: routeSchema({
      tags,
      summary: 'Opret standardniveauerne (strategisk, taktisk, operationelt), når der ingen niveauer er',
      params: Api.SupplierParams,
      body: Api.DefaultLevelsRequest,
      example: {},
      success: [200, Api.CollaborationOrganisation],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, supplierId } = request.params;
      return createDefaultLevels(deps, callerOf(request), organisationId, supplierId, request.body, request.locale);
    },
  });

  app.post(`${collaboration}/levels`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj et niveau nederst i samarbejdsorganisationen',
      params: Api.SupplierParams,
      body: Api.CreateLevelRequest,
      example: { name: 'Driftsniveau', forum: 'Driftsmøde', meetingsPerYear: 12, escalationDays: 5 },
      success: [201, Api.CollaborationLevel],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId } = request.params;
      return reply.status(201).send(await createLevel(deps, callerOf(request), organisationId, supplierId, request.body));
    },
  });

  app.patch(`${collaboration}/levels/:levelId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret et niveau: navn, forum, hyppighed, eskaleringsfrist, styringsorgan (øverste niveau) eller placering',
      params: Api.LevelParams,
      body: Api.UpdateLevelRequest,
      example: { forum: 'Styregruppe', meetingsPerYear: 4, escalationDays: 10 },
      success: [200, Api.CollaborationLevel],
      errors: ['organisation_not_found', 'forbidden', 'collaboration_level_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, supplierId, levelId } = request.params;
      return updateLevel(deps, callerOf(request), organisationId, supplierId, levelId, request.body);
    },
  });

  app.delete(`${collaboration}/levels/:levelId`, {
    schema: routeSchema({
      tags,
      summary: 'Fjern et niveau og dets deltagere',
      params: Api.LevelParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'collaboration_level_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId, levelId } = request.params;
      await deleteLevel(deps, callerOf(request), organisationId, supplierId, levelId);
      return reply.status(204).send();
    },
  });

  app.post(`${collaboration}/levels/:levelId/participants`, {
    schema: routeSchema({
      tags,
      summary:
        'Tilføj en deltager på niveauet: en person fra organisationen (userId) eller en kontaktperson hos leverandøren (contactId)',
      params: Api.LevelParams,
      body: Api.AddParticipantRequest,
      example: { userId: EXAMPLE_USER, role: 'Kontraktansvarlig' },
      success: [201, Api.CollaborationParticipant],
      errors: ['organisation_not_found', 'forbidden', 'collaboration_level_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId, levelId } = request.params;
      return reply
        .status(201)
        .send(await addParticipant(deps, callerOf(request), organisationId, supplierId, levelId, request.body));
    },
  });

  app.patch(`${collaboration}/levels/:levelId/participants/:participantId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en deltagers rolle',
      params: Api.ParticipantParams,
      body: Api.UpdateParticipantRequest,
      example: { role: 'Driftsansvarlig' },
      success: [200, Api.CollaborationParticipant],
      errors: ['organisation_not_found', 'forbidden', 'collaboration_level_not_found', 'participant_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, supplierId, levelId, participantId } = request.params;
      return updateParticipant(deps, callerOf(request), organisationId, supplierId, levelId, participantId, request.body);
    },
  });

  app.delete(`${collaboration}/levels/:levelId/participants/:participantId`, {
    schema: routeSchema({
      tags,
      summary: 'Fjern en deltager fra niveauet',
      params: Api.ParticipantParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'collaboration_level_not_found', 'participant_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId, levelId, participantId } = request.params;
      await deleteParticipant(deps, callerOf(request), organisationId, supplierId, levelId, participantId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/central-roles`, {
    schema: routeSchema({
      tags,
      summary: 'Grundmodellens roller, som de er besat centralt i organisationen (eller for en enhed)',
      params: Api.OrganisationIdParams,
      success: [200, Api.CentralRoleList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listRoles(deps, callerOf(request), request.params.organisationId),
  });

  app.post(`${base}/central-roles`, {
    schema: routeSchema({
      tags,
      summary: 'Giv et medlem en af grundmodellens roller centralt (eller for en enhed)',
      params: Api.OrganisationIdParams,
      body: Api.CreateCentralRoleRequest,
      example: { role: 'kontraktstyringsansvarlig', userId: EXAMPLE_USER, unitId: null },
      success: [201, Api.CentralRole],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createRole(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.patch(`${base}/central-roles/:centralRoleId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en central rolle (rolle, person eller enhed)',
      params: Api.CentralRoleParams,
      body: Api.UpdateCentralRoleRequest,
      example: { unitId: null },
      success: [200, Api.CentralRole],
      errors: ['organisation_not_found', 'forbidden', 'central_role_not_found'],
    }),
    handler: async (request) =>
      updateRole(deps, callerOf(request), request.params.organisationId, request.params.centralRoleId, request.body),
  });

  app.delete(`${base}/central-roles/:centralRoleId`, {
    schema: routeSchema({
      tags,
      summary: 'Fjern en central rolle',
      params: Api.CentralRoleParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'central_role_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteRole(deps, callerOf(request), request.params.organisationId, request.params.centralRoleId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/who-does-what`, {
    schema: routeSchema({
      tags,
      summary:
        'Hvem gør hvad: pr. person de centrale roller, rollerne på kontrakter, leverandørerne, styringsorganerne og de åbne aktiviteter',
      params: Api.OrganisationIdParams,
      querystring: Api.WhoDoesWhatQuery,
      success: [200, Api.WhoDoesWhat],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => whoDoesWhat(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/exports/who-does-what`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér Hvem gør hvad (.xlsx eller .csv), med de samme filtre',
      params: Api.OrganisationIdParams,
      querystring: Api.WhoDoesWhatExportQuery,
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'One row per role, supplier, body or activity of a person' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportWhoDoesWhat(deps, callerOf(request), request.params.organisationId, request.query, request.locale),
      ),
  });
}
