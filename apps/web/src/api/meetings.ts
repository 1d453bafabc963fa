import type {
  AgendaTemplate,
  ApproveMinutesRequest,
  CollectAgendaRequest,
  CreateActionRequest,
  CreateDecisionRequest,
  CreateMeetingRequest,
  Meeting,
  MeetingExportQuery,
  MeetingHistory,
  MeetingPage,
  MeetingQuery,
  PutAgendaRequest,
  PutAgendaTemplateRequest,
  UpdateActionRequest,
  UpdateAgendaItemRequest,
  UpdateMeetingRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

export const meetingsKey = (organisationId: string) => ['organisations', organisationId, 'meetings'] as const;

export const meetingsQuery = (organisationId: string, query: MeetingQuery) =>
  queryOptions({
    queryKey: [...meetingsKey(organisationId), 'list', query],
    queryFn: () => api.get<MeetingPage>(`/organisations/${organisationId}/meetings`, query),
    placeholderData: (previous) => previous,
  });

export const meetingQuery = (organisationId: string, meetingId: string) =>
  queryOptions({
    queryKey: [...meetingsKey(organisationId), meetingId],
    queryFn: () => api.get<Meeting>(`/organisations/${organisationId}/meetings/${meetingId}`),
  });

/** A supplier's meetings with their decisions, newest first. */
export const meetingHistoryQuery = (organisationId: string, supplierId: string) =>
  queryOptions({
    queryKey: [...meetingsKey(organisationId), 'history', supplierId],
    queryFn: () => api.get<MeetingHistory>(`/organisations/${organisationId}/suppliers/${supplierId}/meetings`),
  });

export const agendaTemplateQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...meetingsKey(organisationId), 'agenda-template'],
    queryFn: () => api.get<AgendaTemplate>(`/organisations/${organisationId}/meetings/agenda-template`),
  });

export const meetingsExportUrl = (organisationId: string, query: MeetingExportQuery) =>
  apiUrl(`/organisations/${organisationId}/meetings/export`, query);

const at = (organisationId: string, meetingId: string) => `/organisations/${organisationId}/meetings/${meetingId}`;

export const createMeeting = (organisationId: string, body: CreateMeetingRequest) =>
  api.post<Meeting>(`/organisations/${organisationId}/meetings`, body);
export const updateMeeting = (organisationId: string, meetingId: string, body: UpdateMeetingRequest) =>
  api.patch<Meeting>(at(organisationId, meetingId), body);
export const deleteMeeting = (organisationId: string, meetingId: string) => api.delete(at(organisationId, meetingId));
export const collectAgenda = (organisationId: string, meetingId: string, body: CollectAgendaRequest) =>
  api.post<Meeting>(`${at(organisationId, meetingId)}/agenda/collect`, body);
export const putAgenda = (organisationId: string, meetingId: string, body: PutAgendaRequest) =>
  api.put<Meeting>(`${at(organisationId, meetingId)}/agenda`, body);
export const updateAgendaItem = (organisationId: string, meetingId: string, itemId: string, body: UpdateAgendaItemRequest) =>
  api.patch<Meeting>(`${at(organisationId, meetingId)}/agenda/${itemId}`, body);
export const addDecision = (organisationId: string, meetingId: string, body: CreateDecisionRequest) =>
  api.post<Meeting>(`${at(organisationId, meetingId)}/decisions`, body);
export const deleteDecision = (organisationId: string, meetingId: string, decisionId: string) =>
  api.delete(`${at(organisationId, meetingId)}/decisions/${decisionId}`);
export const addAction = (organisationId: string, meetingId: string, body: CreateActionRequest) =>
  api.post<Meeting>(`${at(organisationId, meetingId)}/actions`, body);
export const updateAction = (organisationId: string, meetingId: string, actionId: string, body: UpdateActionRequest) =>
  api.patch<Meeting>(`${at(organisationId, meetingId)}/actions/${actionId}`, body);
export const deleteAction = (organisationId: string, meetingId: string, actionId: string) =>
  api.delete(`${at(organisationId, meetingId)}/actions/${actionId}`);
export const approveMinutes = (organisationId: string, meetingId: string, body: ApproveMinutesRequest) =>
  api.post<Meeting>(`${at(organisationId, meetingId)}/approve`, body);
export const putAgendaTemplate = (organisationId: string, body: PutAgendaTemplateRequest) =>
  api.put<AgendaTemplate>(`/organisations/${organisationId}/meetings/agenda-template`, body);
