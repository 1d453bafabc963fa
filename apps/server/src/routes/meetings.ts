import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import { collectAgenda, getAgendaTemplate, putAgenda, putAgendaTemplate, updateAgendaItem } from '../usecases/meetings/agenda.js';
import { approveMinutes } from '../usecases/meetings/approve.js';
import { exportMeetings } from '../usecases/meetings/export-meetings.js';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  meetingHistory,
  updateMeeting,
} from '../usecases/meetings/meetings.js';
import {
  addAction,
  addDecision,
  deleteAction,
  deleteDecision,
  updateAction,
  updateDecision,
} from '../usecases/meetings/minutes.js';

/** Status meetings with suppliers (issue 18): meetings, agenda, minutes, decisions, actions, approval and sending. */
export function meetingRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Møder'];
  const meetingErrors = ['organisation_not_found', 'meeting_not_found'] as const;
  const writeErrors = [...meetingErrors, 'forbidden', 'meeting_approved'] as const;

  app.get(`${base}/meetings`, {
    schema: routeSchema({
      tags,
      summary: 'Møder med leverandører, nyeste først',
      params: Api.OrganisationIdParams,
      querystring: Api.MeetingQuery,
      success: [200, Api.MeetingPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listMeetings(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/meetings/export`, {
    schema: routeSchema({
      tags,
      summary: 'Eksportér møderne (.xlsx eller .csv), evt. for én leverandør',
      params: Api.OrganisationIdParams,
      querystring: Api.MeetingExportQuery,
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'The meetings as a workbook or CSV file' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(reply, await exportMeetings(deps, callerOf(request), request.params.organisationId, request.query)),
  });

  app.post(`${base}/meetings`, {
    schema: routeSchema({
      tags,
      summary: 'Opret et møde (med en aktivitet af typen statusmøde på mødets dag)',
      params: Api.OrganisationIdParams,
      body: Api.CreateMeetingRequest,
      example: {
        title: 'Statusmøde 1. kvartal',
        heldOn: '2026-03-10',
        startsAt: '10:00',
        forum: 'Driftsmøde',
        location: 'Rådhuset, lokale 2',
        governanceBodyId: '3f2b8c1e-9a4d-4e7b-8c2a-6d1e0f9b7a55',
        participants: [{ kind: 'guest', name: 'Kim Konsulent', email: 'kim@konsulent.test' }],
      },
      success: [201, Api.Meeting],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createMeeting(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.get(`${base}/meetings/agenda-template`, {
    schema: routeSchema({
      tags,
      summary: 'Organisationens standarddagsorden og de kilder, registret henter punkter fra',
      params: Api.OrganisationIdParams,
      success: [200, Api.AgendaTemplate],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => getAgendaTemplate(deps, callerOf(request), request.params.organisationId, request.locale),
  });

  app.put(`${base}/meetings/agenda-template`, {
    schema: routeSchema({
      tags,
      summary: 'Ret standarddagsordenen (administrator); en tom liste går tilbage til standarden',
      params: Api.OrganisationIdParams,
      body: Api.PutAgendaTemplateRequest,
      example: {
        items: [
          { key: 'actions', title: 'Opfølgning på aktioner' },
          { key: 'economy', title: 'Økonomi og fakturering' },
          { key: 'other', title: 'Eventuelt' },
        ],
      },
      success: [200, Api.AgendaTemplate],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request) =>
      putAgendaTemplate(deps, callerOf(request), request.params.organisationId, request.body, request.locale),
  });

  app.get(`${base}/suppliers/:supplierId/meetings`, {
    schema: routeSchema({
      tags,
      summary: 'En leverandørs møder med deres beslutninger, nyeste først',
      params: Api.SupplierParams,
      success: [200, Api.MeetingHistory],
      errors: ['organisation_not_found', 'supplier_not_found'],
    }),
    handler: async (request) => meetingHistory(deps, callerOf(request), request.params.organisationId, request.params.supplierId),
  });

  app.get(`${base}/meetings/:meetingId`, {
    schema: routeSchema({
      tags,
      summary: 'Et møde med deltagere, dagsorden, referat, beslutninger, aktioner og sendte referater',
      params: Api.MeetingParams,
      success: [200, Api.Meeting],
      errors: [...meetingErrors],
    }),
    handler: async (request) => getMeeting(deps, callerOf(request), request.params.organisationId, request.params.meetingId),
  });

  app.patch(`${base}/meetings/:meetingId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret et møde (udeladte felter bevares; deltagerlisten erstattes, når den sendes)',
      params: Api.MeetingParams,
      body: Api.UpdateMeetingRequest,
      example: { heldOn: '2026-03-12', status: 'held' },
      success: [200, Api.Meeting],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      updateMeeting(deps, callerOf(request), request.params.organisationId, request.params.meetingId, request.body),
  });

  app.delete(`${base}/meetings/:meetingId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet et møde med dagsorden, referat, aktioner og deres aktiviteter',
      params: Api.MeetingParams,
      success: [204, null],
      errors: [...meetingErrors, 'forbidden', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteMeeting(deps, callerOf(request), request.params.organisationId, request.params.meetingId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/meetings/:meetingId/agenda/collect`, {
    schema: routeSchema({
      tags,
      summary:
        'Hent punkter fra registret: standarddagsordenen og det, registret ved (fakturaafvigelser, frister, åbne aktioner)',
      params: Api.MeetingParams,
      body: Api.CollectAgendaRequest,
      example: { periodMonths: 3 },
      success: [200, Api.Meeting],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      collectAgenda(deps, callerOf(request), request.params.organisationId, request.params.meetingId, request.body),
  });

  app.put(`${base}/meetings/:meetingId/agenda`, {
    schema: routeSchema({
      tags,
      summary: 'Dagsordenen i ny rækkefølge: punkter med id bevares, punkter uden id tilføjes, udeladte fjernes',
      params: Api.MeetingParams,
      body: Api.PutAgendaRequest,
      example: { items: [{ title: 'Nyt punkt' }] },
      success: [200, Api.Meeting],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      putAgenda(deps, callerOf(request), request.params.organisationId, request.params.meetingId, request.body),
  });

  app.patch(`${base}/meetings/:meetingId/agenda/:itemId`, {
    schema: routeSchema({
      tags,
      summary: 'Referat af et dagsordenspunkt (noter) eller dets titel',
      params: Api.AgendaItemParams,
      body: Api.UpdateAgendaItemRequest,
      example: { notes: 'Leverandøren undersøger afvigelsen og vender tilbage.' },
      success: [200, Api.Meeting],
      errors: [...writeErrors, 'agenda_item_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, meetingId, itemId } = request.params;
      return updateAgendaItem(deps, callerOf(request), organisationId, meetingId, itemId, request.body);
    },
  });

  app.post(`${base}/meetings/:meetingId/decisions`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj en beslutning til referatet',
      params: Api.MeetingParams,
      body: Api.CreateDecisionRequest,
      example: { text: 'Leverandøren udsteder kreditnota for fakturaens afvigelse.' },
      success: [201, Api.Meeting],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) => {
      const { organisationId, meetingId } = request.params;
      return reply.status(201).send(await addDecision(deps, callerOf(request), organisationId, meetingId, request.body));
    },
  });

  app.patch(`${base}/meetings/:meetingId/decisions/:decisionId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en beslutning',
      params: Api.DecisionParams,
      body: Api.UpdateDecisionRequest,
      example: { text: 'Leverandøren udsteder kreditnota inden udgangen af måneden.' },
      success: [200, Api.Meeting],
      errors: [...writeErrors, 'decision_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, meetingId, decisionId } = request.params;
      return updateDecision(deps, callerOf(request), organisationId, meetingId, decisionId, request.body);
    },
  });

  app.delete(`${base}/meetings/:meetingId/decisions/:decisionId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en beslutning',
      params: Api.DecisionParams,
      success: [204, null],
      errors: [...writeErrors, 'decision_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, meetingId, decisionId } = request.params;
      await deleteDecision(deps, callerOf(request), organisationId, meetingId, decisionId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/meetings/:meetingId/actions`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj en aktion (med en ansvarlig fra organisationen bliver den en aktivitet med påmindelser)',
      params: Api.MeetingParams,
      body: Api.CreateActionRequest,
      example: { title: 'Send opdateret testplan', dueOn: '2026-04-01' },
      success: [201, Api.Meeting],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) => {
      const { organisationId, meetingId } = request.params;
      return reply.status(201).send(await addAction(deps, callerOf(request), organisationId, meetingId, request.body));
    },
  });

  app.patch(`${base}/meetings/:meetingId/actions/:actionId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret, luk eller genåbn en aktion (at lukke den afslutter dens aktivitet)',
      params: Api.ActionParams,
      body: Api.UpdateActionRequest,
      example: { open: false },
      success: [200, Api.Meeting],
      errors: [...writeErrors, 'action_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, meetingId, actionId } = request.params;
      return updateAction(deps, callerOf(request), organisationId, meetingId, actionId, request.body);
    },
  });

  app.delete(`${base}/meetings/:meetingId/actions/:actionId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en aktion og dens aktivitet',
      params: Api.ActionParams,
      success: [204, null],
      errors: [...writeErrors, 'action_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, meetingId, actionId } = request.params;
      await deleteAction(deps, callerOf(request), organisationId, meetingId, actionId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/meetings/:meetingId/approve`, {
    schema: routeSchema({
      tags,
      summary:
        'Godkend referatet: låser det, gemmer det som PDF hos leverandøren og sender det én gang til deltagerne (og evt. alle leverandørens kontaktpersoner)',
      params: Api.MeetingParams,
      body: Api.ApproveMinutesRequest,
      example: { recipients: 'participants' },
      success: [200, Api.Meeting],
      errors: [...meetingErrors, 'forbidden'],
    }),
    handler: async (request) =>
      approveMinutes(deps, callerOf(request), request.params.organisationId, request.params.meetingId, request.body),
  });
}
