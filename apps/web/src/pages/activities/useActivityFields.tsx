import type { Activity, ActivityRecurrence, CreateActivityRequest, UpdateActivityRequest } from '@overblik/api';
import { type CalendarDate, RECURRENCES } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ErrorFor, InputReader } from '../contracts/ContractForm.tsx';
import { useMemberChoices } from '../contracts/useReferenceData.ts';
import { leadDaysText, parseEmails, parseLeadDays } from './activityInput.ts';
import type { DateRow } from './RecurrenceDatesField.tsx';
import { RecurrenceDatesField } from './RecurrenceDatesField.tsx';
import { useActivityTypes } from './useActivityTypes.ts';

/** What the form sends: every field of a new activity except whom it belongs to (added by the caller). */
export type ActivityBody = Omit<CreateActivityRequest, 'contractId' | 'supplierId'>;

const isRecurrence = (value: string): value is ActivityRecurrence => (RECURRENCES as readonly string[]).includes(value);

/**
 * The fields of an activity, for adding one and for editing it. An activity derived from the contract terms keeps
 * its type and dates (they follow the terms): only its title, description, responsible person, lead times and
 * extra addresses can be changed, so only those are shown and sent.
 */
export function useActivityFields(idPrefix: string, organisationId: string, initial?: Activity) {
  const { t } = useTranslation();
  const types = useActivityTypes(organisationId);
  const members = useMemberChoices(organisationId);
  const derived = initial?.derived ?? false;
  const [form, setForm] = useState({
    type: initial?.type ?? '',
    title: initial?.title ?? '',
    description: initial?.description ?? '',
    recurrence: initial?.recurrence ?? ('none' as ActivityRecurrence),
    anchorOn: initial?.anchorOn ?? '',
    responsibleUserId: initial?.responsibleUserId ?? '',
    leadDays: leadDaysText(initial?.leadDays),
    extraEmails: (initial?.extraEmails ?? []).join(', '),
  });
  const [dates, setDates] = useState<DateRow[]>((initial?.recurrenceDates ?? []).map((value, i) => ({ key: i + 1, value })));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  /** The fields every activity has, derived or not. */
  const readCommon = (reader: InputReader) => ({
    title: reader.text(form.title),
    description: reader.text(form.description),
    responsibleUserId: form.responsibleUserId || null,
    leadDays: form.leadDays.trim()
      ? reader.parse('leadDays', form.leadDays, parseLeadDays, t('activities.errors.leadDays'))
      : null,
    extraEmails: reader.parse('extraEmails', form.extraEmails, parseEmails, t('activities.errors.extraEmails')) ?? [],
  });

  const read = (reader: InputReader): ActivityBody => {
    const type = reader.required('type', form.type);
    const byDates = form.recurrence === 'dates';
    // Date inputs' values: `YYYY-MM-DD`, or empty (left out).
    const recurrenceDates = byDates ? [...new Set(dates.map((d) => d.value as CalendarDate).filter(Boolean))].sort() : [];
    if (byDates && recurrenceDates.length === 0) reader.parse('recurrenceDates', '-', () => null, t('activities.errors.noDates'));
    // On chosen dates the first date is the anchor; otherwise the due date (the first occurrence) is needed.
    // A date input's value: `YYYY-MM-DD` (empty only with an error, and then nothing is sent).
    const anchorOn = byDates ? null : (reader.required('anchorOn', form.anchorOn) as CalendarDate);
    return {
      type,
      recurrence: form.recurrence,
      ...(anchorOn ? { anchorOn } : {}),
      recurrenceDates,
      ...readCommon(reader),
    };
  };

  /**
   * A PATCH: on a derived activity only what may change; on another, the schedule only when it changed (sending it
   * unchanged would make the server place the open occurrence again).
   */
  const readUpdate = (reader: InputReader): UpdateActivityRequest => {
    if (derived || !initial) return readCommon(reader);
    const { recurrence, anchorOn, recurrenceDates, ...rest } = read(reader);
    const same =
      recurrence === initial.recurrence &&
      (recurrence === 'dates' || anchorOn === initial.anchorOn) &&
      JSON.stringify(recurrenceDates) === JSON.stringify([...initial.recurrenceDates].sort());
    if (same) return rest;
    return {
      ...rest,
      ...(recurrence ? { recurrence } : {}),
      ...(anchorOn ? { anchorOn } : {}),
      ...(recurrenceDates ? { recurrenceDates } : {}),
    };
  };

  const fields = (errorFor: ErrorFor) => (
    <>
      {derived ? null : (
        <SelectField
          id={`${idPrefix}-type`}
          label={t('activities.fields.type')}
          required
          value={form.type}
          onChange={(e) => set('type', e.target.value)}
          options={[{ value: '', label: t('activities.chooseType') }, ...types.manualChoices(initial?.type ?? null)]}
          error={errorFor('type')}
        />
      )}
      <TextField
        id={`${idPrefix}-title`}
        label={t('activities.fields.titleOptional')}
        hint={t('activities.fields.titleHint')}
        autoComplete="off"
        maxLength={200}
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={errorFor('title')}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('activities.fields.descriptionOptional')}
        rows={3}
        maxLength={4000}
        value={form.description}
        onChange={(e) => set('description', e.target.value)}
        error={errorFor('description')}
      />
      {derived ? null : (
        <>
          <SelectField
            id={`${idPrefix}-recurrence`}
            label={t('activities.fields.recurrence')}
            value={form.recurrence}
            onChange={(e) => {
              if (isRecurrence(e.target.value)) set('recurrence', e.target.value);
            }}
            options={RECURRENCES.map((r) => ({ value: r, label: t(`activities.recurrences.${r}`) }))}
            error={errorFor('recurrence')}
          />
          {form.recurrence === 'dates' ? (
            <RecurrenceDatesField idPrefix={idPrefix} rows={dates} onChange={setDates} errorFor={errorFor} />
          ) : (
            <TextField
              id={`${idPrefix}-anchor-on`}
              label={form.recurrence === 'none' ? t('activities.fields.dueOn') : t('activities.fields.firstDueOn')}
              type="date"
              required
              value={form.anchorOn}
              onChange={(e) => set('anchorOn', e.target.value)}
              error={errorFor('anchorOn')}
            />
          )}
        </>
      )}
      <SelectField
        id={`${idPrefix}-responsible`}
        label={t('activities.fields.responsible')}
        value={form.responsibleUserId}
        onChange={(e) => set('responsibleUserId', e.target.value)}
        options={[{ value: '', label: t('activities.noResponsible') }, ...members]}
        error={errorFor('responsibleUserId')}
      />
      <TextField
        id={`${idPrefix}-lead-days`}
        label={t('activities.fields.leadDaysOptional')}
        hint={
          initial?.leadDays === null
            ? t('activities.fields.leadDaysHintNow', { days: leadDaysText(initial.effectiveLeadDays) })
            : t('activities.fields.leadDaysHint')
        }
        inputMode="numeric"
        autoComplete="off"
        value={form.leadDays}
        onChange={(e) => set('leadDays', e.target.value)}
        error={errorFor('leadDays')}
      />
      <TextField
        id={`${idPrefix}-extra-emails`}
        label={t('activities.fields.extraEmailsOptional')}
        hint={t('activities.fields.extraEmailsHint')}
        autoComplete="off"
        value={form.extraEmails}
        onChange={(e) => set('extraEmails', e.target.value)}
        error={errorFor('extraEmails')}
      />
    </>
  );

  return { read, readUpdate, fields };
}
