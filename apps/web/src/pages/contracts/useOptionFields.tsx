import type { ContractOption, CreateContractOptionRequest } from '@overblik/api';
import { type CalendarDate, CONTRACT_OPTION_KINDS } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ErrorFor, InputReader } from './ContractForm.tsx';

type Kind = ContractOption['kind'];
const KINDS: readonly Kind[] = CONTRACT_OPTION_KINDS;

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The fields of an option (forlængelsesoption or købsoption), for adding and editing one. */
export function useOptionFields(idPrefix: string, initial?: ContractOption) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    kind: initial?.kind ?? ('extension' as Kind),
    description: initial?.description ?? '',
    periods: text(initial?.periods),
    periodMonths: text(initial?.periodMonths),
    latestExerciseOn: initial?.latestExerciseOn ?? '',
    leadTimeMonths: text(initial?.leadTimeMonths),
    exercisedPeriods: text(initial?.exercisedPeriods ?? 0),
    exercisedOn: initial?.exercisedOn ?? '',
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const read = (reader: InputReader): CreateContractOptionRequest => ({
    kind: form.kind,
    description: reader.text(form.description),
    periods: reader.integer('periods', form.periods),
    periodMonths: form.kind === 'extension' ? reader.integer('periodMonths', form.periodMonths) : null,
    // A date input's value: `YYYY-MM-DD`, or empty (none).
    latestExerciseOn: (form.latestExerciseOn || null) as CalendarDate | null,
    leadTimeMonths: reader.integer('leadTimeMonths', form.leadTimeMonths),
    exercisedPeriods: reader.integer('exercisedPeriods', form.exercisedPeriods) ?? 0,
    exercisedOn: (form.exercisedOn || null) as CalendarDate | null,
  });

  const number = (key: 'periods' | 'periodMonths' | 'leadTimeMonths' | 'exercisedPeriods', errorFor: ErrorFor, hint?: string) => (
    <TextField
      id={`${idPrefix}-${key}`}
      label={t(`contracts.options.${key}`)}
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errorFor(key)}
    />
  );

  const fields = (errorFor: ErrorFor) => (
    <>
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('contracts.options.kind')}
        value={form.kind}
        onChange={(e) => set('kind', KINDS.find((k) => k === e.target.value) ?? 'extension')}
        options={KINDS.map((k) => ({ value: k, label: t(`contracts.optionKinds.${k}`) }))}
        error={errorFor('kind')}
      />
      <TextField
        id={`${idPrefix}-description`}
        label={t('contracts.options.description')}
        autoComplete="off"
        value={form.description}
        onChange={(e) => set('description', e.target.value)}
        error={errorFor('description')}
      />
      <div className="form-row">
        {number('periods', errorFor, form.kind === 'extension' ? t('contracts.options.periodsHint') : undefined)}
        {form.kind === 'extension' ? number('periodMonths', errorFor) : null}
        {number('leadTimeMonths', errorFor, t('contracts.options.leadTimeMonthsHint'))}
      </div>
      <TextField
        id={`${idPrefix}-latest-exercise-on`}
        label={t('contracts.options.latestExerciseOn')}
        type="date"
        value={form.latestExerciseOn}
        onChange={(e) => set('latestExerciseOn', e.target.value)}
        error={errorFor('latestExerciseOn')}
      />
      <div className="form-row">
        {number('exercisedPeriods', errorFor, t('contracts.options.exercisedPeriodsHint'))}
        <TextField
          id={`${idPrefix}-exercised-on`}
          label={t('contracts.options.exercisedOn')}
          type="date"
          value={form.exercisedOn}
          onChange={(e) => set('exercisedOn', e.target.value)}
          error={errorFor('exercisedOn')}
        />
      </div>
    </>
  );

  return { read, fields };
}
