import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { sendFile } from '../http/send-file.js';
import { XLSX_TYPE } from '../spreadsheet/read-table.js';
import {
  completeActivity,
  createActivity,
  deadlineSummary,
  deleteActivity,
  getActivity,
  listActivities,
  listOccurrences,
  reopenActivity,
  updateActivity,
} from '../usecases/activities/activities.js';
import {
  calendarFeedText,
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
} from '../usecases/calendar/calendar-feeds.js';
import {
  createPublicPlanLink,
  exportProcurementPlan,
  getProcurementPlan,
  listProcurementLeadTimes,
  publicProcurementPlan,
  putProcurementLeadTime,
  resetProcurementLeadTime,
  revokePublicPlanLink,
} from '../usecases/procurement/procurement-plan.js';
import {
  listMailDeliveries,
  listNotifications,
  listReminderSettings,
  putReminderSetting,
  readAllNotifications,
  readNotification,
  resetReminderSetting,
  retryMailDelivery,
} from '../usecases/reminders/reminder-settings.js';

const exampleActivity: Api.CreateActivityRequest = {
  contractId: '7d5f0f0e-4a63-4b8e-9f43-2f0a4e1b8c11',
  type: 'status_meeting',
  title: 'Kvartalsvist statusmøde',
  description: 'Gennemgå SLA-rapporten og åbne sager (bilag 4, pkt. 3).',
  recurrence: 'quarterly',
  anchorOn: '2027-01-15',
};

/** Activities and deadlines, reminders and notifications, calendar feeds and the procurement plan (issue 4). */
export function deadlineRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Frister og aktiviteter'];
  const writeErrors = ['organisation_not_found', 'forbidden', 'csrf_invalid'] as const;

  app.get(`${base}/activities`, {
    schema: routeSchema({
      tags,
      summary:
        'Aktiviteter (afledte af kontraktvilkår og egne) med filtre: overskredne, forfald, type, ansvarlig, leverandør, enhed',
      description:
        'responsibleUserId matches activities the person is responsible for and those on contracts where the person holds a responsibility.',
      params: Api.OrganisationIdParams,
      querystring: Api.ActivityQuery,
      success: [200, Api.ActivityPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listActivities(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/activities`, {
    schema: routeSchema({
      tags,
      summary: 'Opret en aktivitet på en kontrakt eller en leverandør (med frist eller gentagelse)',
      params: Api.OrganisationIdParams,
      body: Api.CreateActivityRequest,
      example: exampleActivity,
      success: [201, Api.Activity],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createActivity(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.get(`${base}/activities/:activityId`, {
    schema: routeSchema({
      tags,
      summary: 'Én aktivitet',
      params: Api.ActivityParams,
      success: [200, Api.Activity],
      errors: ['organisation_not_found', 'activity_not_found'],
    }),
    handler: async (request) => getActivity(deps, callerOf(request), request.params.organisationId, request.params.activityId),
  });

  app.patch(`${base}/activities/:activityId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en aktivitet (afledte: kun titel, beskrivelse, ansvarlig og advisering)',
      params: Api.ActivityParams,
      body: Api.UpdateActivityRequest,
      example: { description: 'Kontrollér, at prisreguleringen følger pkt. 7.2.' },
      success: [200, Api.Activity],
      errors: [...writeErrors, 'activity_not_found', 'activity_derived', 'activity_from_segment'],
    }),
    handler: async (request) =>
      updateActivity(deps, callerOf(request), request.params.organisationId, request.params.activityId, request.body),
  });

  app.delete(`${base}/activities/:activityId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en egen aktivitet (afledte følger kontraktens vilkår)',
      params: Api.ActivityParams,
      success: [204, null],
      errors: [...writeErrors, 'activity_not_found', 'activity_derived', 'activity_from_segment'],
    }),
    handler: async (request, reply) => {
      await deleteActivity(deps, callerOf(request), request.params.organisationId, request.params.activityId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/activities/:activityId/complete`, {
    schema: routeSchema({
      tags,
      summary: 'Markér aktiviteten som udført (af hvem, hvornår, med note); en gentagen går videre til næste forekomst',
      params: Api.ActivityParams,
      body: Api.CompleteActivityRequest,
      example: { note: 'Opsagt skriftligt 12. juni; kvittering i ESDH.' },
      success: [200, Api.Activity],
      errors: [...writeErrors, 'activity_not_found', 'activity_done', 'occurrence_mismatch'],
    }),
    handler: async (request) =>
      completeActivity(deps, callerOf(request), request.params.organisationId, request.params.activityId, request.body),
  });

  app.post(`${base}/activities/:activityId/reopen`, {
    schema: routeSchema({
      tags,
      summary: 'Genåbn en aktivitet, der fejlagtigt blev markeret som udført',
      params: Api.ActivityParams,
      success: [200, Api.Activity],
      errors: [...writeErrors, 'activity_not_found', 'activity_not_done'],
    }),
    handler: async (request) => reopenActivity(deps, callerOf(request), request.params.organisationId, request.params.activityId),
  });

  app.get(`${base}/activity-occurrences`, {
    schema: routeSchema({
      tags,
      summary: 'Åbne forekomster i en periode (gentagne udfoldet) til månedskalenderen',
      params: Api.OrganisationIdParams,
      querystring: Api.OccurrenceQuery,
      queryExample: { from: '2026-11-01', to: '2026-11-30' },
      success: [200, Api.OccurrenceList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listOccurrences(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/deadline-summary`, {
    schema: routeSchema({
      tags,
      summary: 'Tællere til forsiden: udløb, opsigelsesfrister og overskredne aktiviteter (fra gemte datoer)',
      params: Api.OrganisationIdParams,
      success: [200, Api.DeadlineSummary],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => deadlineSummary(deps, callerOf(request), request.params.organisationId),
  });

  const reminderTags = ['Advisering'];

  app.get(`${base}/reminder-settings`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Advisering pr. aktivitetstype: varslingsdage, roller og ekstra modtagere',
      params: Api.OrganisationIdParams,
      success: [200, Api.ReminderSettingList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listReminderSettings(deps, callerOf(request), request.params.organisationId),
  });

  app.put(`${base}/reminder-settings/:activityType`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Sæt organisationens advisering for en aktivitetstype (administratorer)',
      params: Api.ReminderSettingParams,
      body: Api.PutReminderSettingRequest,
      example: {
        leadDays: [180, 90, 30, 7],
        roles: ['kontraktstyringsansvarlig', 'systemejer'],
        extraEmails: ['kontrakter@kommune.dk'],
      },
      success: [200, Api.ReminderSetting],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      putReminderSetting(deps, callerOf(request), request.params.organisationId, request.params.activityType, request.body),
  });

  app.delete(`${base}/reminder-settings/:activityType`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Tilbage til standardadvisering for en aktivitetstype (administratorer)',
      params: Api.ReminderSettingParams,
      success: [204, null],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) => {
      await resetReminderSetting(deps, callerOf(request), request.params.organisationId, request.params.activityType);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/mail-deliveries`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Afsendte og ventende påmindelsesmails med status, forsøg og fejl (administratorer)',
      params: Api.OrganisationIdParams,
      querystring: Api.MailDeliveryQuery,
      success: [200, Api.MailDeliveryPage],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request) => listMailDeliveries(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/mail-deliveries/:mailId/retry`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Send en fejlet mail igen ved næste kørsel (administratorer)',
      params: Api.MailDeliveryParams,
      success: [200, Api.MailDelivery],
      errors: [...writeErrors, 'mail_not_found'],
    }),
    handler: async (request) => retryMailDelivery(deps, callerOf(request), request.params.organisationId, request.params.mailId),
  });

  app.get(`${base}/notifications`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Dine notifikationer (påmindelser i Overblik), nyeste først, med antal ulæste',
      params: Api.OrganisationIdParams,
      querystring: Api.NotificationQuery,
      success: [200, Api.NotificationList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listNotifications(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/notifications/read-all`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Markér alle dine notifikationer som læst',
      params: Api.OrganisationIdParams,
      success: [204, null],
      errors: ['organisation_not_found', 'csrf_invalid', 'token_not_allowed'],
    }),
    handler: async (request, reply) => {
      await readAllNotifications(deps, callerOf(request), request.params.organisationId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/notifications/:notificationId/read`, {
    schema: routeSchema({
      tags: reminderTags,
      summary: 'Markér en notifikation som læst',
      params: Api.NotificationParams,
      success: [200, Api.Notification],
      errors: ['organisation_not_found', 'csrf_invalid', 'token_not_allowed', 'notification_not_found'],
    }),
    handler: async (request) =>
      readNotification(deps, callerOf(request), request.params.organisationId, request.params.notificationId),
  });

  const calendarTags = ['Kalender'];

  app.get(`${base}/calendar-feeds`, {
    schema: routeSchema({
      tags: calendarTags,
      summary: 'Dine kalenderadresser (og organisationens for administratorer)',
      params: Api.OrganisationIdParams,
      success: [200, Api.CalendarFeedList],
      errors: ['organisation_not_found', 'token_not_allowed'],
    }),
    handler: async (request) => listCalendarFeeds(deps, callerOf(request), request.params.organisationId),
  });

  app.post(`${base}/calendar-feeds`, {
    schema: routeSchema({
      tags: calendarTags,
      summary: 'Ny hemmelig kalenderadresse (.ics); den forrige holder op med at virke',
      params: Api.OrganisationIdParams,
      body: Api.CreateCalendarFeedRequest,
      example: { kind: 'person' },
      success: [201, Api.CreatedSecretLink],
      errors: [...writeErrors, 'token_not_allowed'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.delete(`${base}/calendar-feeds/:feedId`, {
    schema: routeSchema({
      tags: calendarTags,
      summary: 'Tilbagekald en kalenderadresse',
      params: Api.CalendarFeedParams,
      success: [204, null],
      errors: [...writeErrors, 'token_not_allowed', 'calendar_feed_not_found'],
    }),
    handler: async (request, reply) => {
      await revokeCalendarFeed(deps, callerOf(request), request.params.organisationId, request.params.feedId);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/calendar/:file', {
    config: { auth: 'public' },
    schema: routeSchema({
      tags: calendarTags,
      summary: 'Kalenderfeed (iCalendar) bag en hemmelig adresse; kræver ikke login',
      params: Api.CalendarFileParams,
      success: [200, { files: ['text/calendar'], description: 'The deadlines as all-day events with stable UIDs' }],
      errors: ['calendar_feed_not_found'],
      public: true,
    }),
    handler: async (request, reply) => {
      const text = await calendarFeedText(deps, request.params.file.replace(/\.ics$/, ''));
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
    },
  });

  const planTags = ['Udbudsplan'];

  app.get(`${base}/procurement-plan`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Udbudsplan: kontrakter der skal genudbydes, i hvilket kvartal og hvornår udbuddet senest skal starte',
      params: Api.OrganisationIdParams,
      querystring: Api.ProcurementPlanQuery,
      success: [200, Api.ProcurementPlan],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => getProcurementPlan(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.get(`${base}/exports/procurement-plan`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Eksportér udbudsplanen (.xlsx eller .csv)',
      params: Api.OrganisationIdParams,
      querystring: Api.ProcurementPlanExportQuery,
      queryExample: { format: 'xlsx' },
      success: [200, { files: [XLSX_TYPE, 'text/csv'], description: 'The procurement plan' }],
      errors: ['organisation_not_found'],
    }),
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportProcurementPlan(deps, callerOf(request), request.params.organisationId, request.query, request.locale),
      ),
  });

  app.get(`${base}/procurement-lead-times`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Forberedelsestid pr. udbudsform (måneder før udløb, udbuddet skal starte)',
      params: Api.OrganisationIdParams,
      success: [200, Api.ProcurementLeadTimeList],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listProcurementLeadTimes(deps, callerOf(request), request.params.organisationId),
  });

  app.put(`${base}/procurement-lead-times/:procurementForm`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Sæt forberedelsestiden for en udbudsform (administratorer)',
      params: Api.ProcurementLeadTimeParams,
      body: Api.PutProcurementLeadTimeRequest,
      example: { months: 12 },
      success: [200, Api.ProcurementLeadTime],
      errors: [...writeErrors],
    }),
    handler: async (request) =>
      putProcurementLeadTime(
        deps,
        callerOf(request),
        request.params.organisationId,
        request.params.procurementForm,
        request.body,
      ),
  });

  app.delete(`${base}/procurement-lead-times/:procurementForm`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Tilbage til standard-forberedelsestiden for en udbudsform (administratorer)',
      params: Api.ProcurementLeadTimeParams,
      success: [204, null],
      errors: [...writeErrors],
    }),
    handler: async (request, reply) => {
      await resetProcurementLeadTime(deps, callerOf(request), request.params.organisationId, request.params.procurementForm);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/procurement-plan/public-link`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Nyt offentligt link til udbudsplanen (vises én gang; det forrige holder op med at virke)',
      params: Api.OrganisationIdParams,
      success: [201, Api.CreatedSecretLink],
      errors: [...writeErrors, 'token_not_allowed'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createPublicPlanLink(deps, callerOf(request), request.params.organisationId)),
  });

  app.delete(`${base}/procurement-plan/public-link`, {
    schema: routeSchema({
      tags: planTags,
      summary: 'Luk det offentlige link til udbudsplanen',
      params: Api.OrganisationIdParams,
      success: [204, null],
      errors: [...writeErrors, 'token_not_allowed'],
    }),
    handler: async (request, reply) => {
      await revokePublicPlanLink(deps, callerOf(request), request.params.organisationId);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/public/procurement-plans/:token', {
    config: { auth: 'public' },
    schema: routeSchema({
      tags: planTags,
      summary: 'Den offentlige udbudsplan bag et hemmeligt link; kræver ikke login',
      params: Api.PublicPlanParams,
      success: [200, Api.PublicProcurementPlan],
      errors: ['public_link_not_found'],
      public: true,
    }),
    handler: async (request) => publicProcurementPlan(deps, request.params.token),
  });
}
