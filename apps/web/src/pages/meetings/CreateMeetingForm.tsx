import type { CalendarDate } from '@overblik/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractsQuery } from '../../api/contracts.ts';
import { createMeeting, meetingsKey } from '../../api/meetings.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useSupplierChoices } from '../contracts/useReferenceData.ts';

type Props = { organisationId: string; supplierId?: string };

/** A new meeting with a supplier: title, day and time, forum and place; the agenda and participants follow on its page. */
export function CreateMeetingForm({ organisationId, supplierId: fixedSupplier }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const suppliers = useSupplierChoices(organisationId);
  const [form, setForm] = useState({
    title: '',
    heldOn: '',
    startsAt: '',
    supplierId: fixedSupplier ?? '',
    contractId: '',
    forum: '',
    location: '',
  });
  // The chosen supplier's contracts: a meeting may be about one of them.
  const contracts = useQuery({
    ...contractsQuery(organisationId, { supplierId: form.supplierId, limit: 200 }),
    enabled: form.supplierId !== '',
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const create = useMutation({
    mutationFn: () =>
      createMeeting(organisationId, {
        title: form.title,
        heldOn: form.heldOn as CalendarDate,
        supplierId: form.supplierId || null,
        contractId: form.contractId || null,
        ...(form.startsAt && { startsAt: form.startsAt }),
        forum: form.forum || null,
        location: form.location || null,
      }),
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: meetingsKey(organisationId) });
      await navigate({ to: '/leverandoerstyring/moeder/$meetingId', params: { meetingId: meeting.id } });
    },
  });
  const error = (field: string) => fieldError(create.error, field);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <section aria-labelledby="create-meeting-heading" className="mt-7">
      <h2 id="create-meeting-heading">{t('meetings.createHeading')}</h2>
      <ErrorAlert error={create.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="meeting-title"
          label={t('meetings.fields.title')}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={error('title')}
          required
        />
        {fixedSupplier ? null : (
          <SelectField
            id="meeting-supplier"
            label={t('meetings.fields.supplier')}
            value={form.supplierId}
            onChange={(e) => setForm((f) => ({ ...f, supplierId: e.target.value, contractId: '' }))}
            options={[{ value: '', label: t('meetings.chooseSupplier') }, ...suppliers]}
            error={error('supplierId')}
          />
        )}
        {form.supplierId ? (
          <SelectField
            id="meeting-contract"
            label={t('meetings.fields.contractOptional')}
            value={form.contractId}
            onChange={(e) => set('contractId', e.target.value)}
            options={[
              { value: '', label: t('meetings.noContract') },
              ...(contracts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} ${c.name}` })),
            ]}
            error={error('contractId')}
          />
        ) : null}
        <TextField
          id="meeting-held-on"
          type="date"
          label={t('meetings.fields.heldOn')}
          value={form.heldOn}
          onChange={(e) => set('heldOn', e.target.value)}
          error={error('heldOn')}
          required
        />
        <TextField
          id="meeting-starts-at"
          type="time"
          label={t('meetings.fields.startsAt')}
          hint={t('meetings.startsAtHint')}
          value={form.startsAt}
          onChange={(e) => set('startsAt', e.target.value)}
          error={error('startsAt')}
        />
        <TextField
          id="meeting-forum"
          label={t('meetings.fields.forum')}
          hint={t('meetings.forumHint')}
          value={form.forum}
          onChange={(e) => set('forum', e.target.value)}
          error={error('forum')}
        />
        <TextField
          id="meeting-location"
          label={t('meetings.fields.location')}
          value={form.location}
          onChange={(e) => set('location', e.target.value)}
          error={error('location')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
          {t('meetings.create')}
        </button>
      </form>
    </section>
  );
}
