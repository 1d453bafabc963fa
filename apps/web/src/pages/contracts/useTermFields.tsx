import type { Contract, UpdateContractRequest } from '@overblik/api';
import { type CalendarDate, NOTICE_PERIOD_ENDS, RENEWALS, TERM_KINDS } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { upperFirst, useFormat } from '../../lib/format.ts';
import type { createInputReader } from '../../lib/formInput.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export type TermInitial = Pick<
  Contract,
  | 'inForceFrom'
  | 'termKind'
  | 'termMonths'
  | 'termEndsOn'
  | 'noticeMonths'
  | 'noticePeriodEnd'
  | 'noticeEndMonth'
  | 'renewal'
  | 'renewalMonths'
  | 'earlyTermination'
>;

export const EMPTY_TERM: TermInitial = {
  inForceFrom: null,
  termKind: 'ongoing',
  termMonths: null,
  termEndsOn: null,
  noticeMonths: null,
  noticePeriodEnd: null,
  noticeEndMonth: null,
  renewal: 'none',
  renewalMonths: null,
  earlyTermination: false,
};

function stateOf(c: TermInitial) {
  return {
    inForceFrom: c.inForceFrom ?? '',
    termKind: c.termKind,
    termYears: c.termMonths === null ? '' : String(Math.floor(c.termMonths / 12)),
    termMonthsPart: c.termMonths === null ? '' : String(c.termMonths % 12),
    termEndsOn: c.termEndsOn ?? '',
    noticeMonths: c.noticeMonths === null ? '' : String(c.noticeMonths),
    noticePeriodEnd: c.noticePeriodEnd ?? '',
    noticeEndMonth: c.noticeEndMonth === null ? '' : String(c.noticeEndMonth),
    renewal: c.renewal,
    renewalMonths: c.renewalMonths === null ? '' : String(c.renewalMonths),
    earlyTermination: c.earlyTermination,
  };
}

type Reader = ReturnType<typeof createInputReader>;
type ErrorFor = (field: string) => string | undefined;

/**
 * The contract's term as creating a contract and editing its dates share: in force from, the term (a number of
 * months, until an end date, or running on – løbende), whether a fixed term may be terminated early (opsigelse i
 * løbetiden; an ongoing contract always may, so it is only asked then), opsigelsesvarsel with its periodeafslutning
 * (and, for the end of a given month, which month), and renewal.
 */
export function useTermFields(idPrefix: string, initial: TermInitial = EMPTY_TERM) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form, setForm] = useState(() => stateOf(initial));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  /** The term as entered in years and months, in months; empty fields count as 0, both empty as not given. */
  function termMonthsOf(reader: Reader): number | null {
    if (form.termYears.trim() === '' && form.termMonthsPart.trim() === '') return null;
    const years = reader.integer('termMonths', form.termYears.trim() || '0') ?? 0;
    const months = reader.integer('termMonths', form.termMonthsPart.trim() || '0') ?? 0;
    return years * 12 + months;
  }

  function read(reader: Reader): UpdateContractRequest {
    return {
      // A date input's value: `YYYY-MM-DD`, or empty (none).
      inForceFrom: (form.inForceFrom || null) as CalendarDate | null,
      termKind: form.termKind,
      termMonths: form.termKind === 'months' ? termMonthsOf(reader) : null,
      termEndsOn: form.termKind === 'end_date' ? ((form.termEndsOn || null) as CalendarDate | null) : null,
      noticeMonths: reader.integer('noticeMonths', form.noticeMonths),
      noticePeriodEnd: NOTICE_PERIOD_ENDS.find((p) => p === form.noticePeriodEnd) ?? null,
      noticeEndMonth: form.noticePeriodEnd === 'named_month' && form.noticeEndMonth !== '' ? Number(form.noticeEndMonth) : null,
      renewal: form.renewal,
      renewalMonths: form.renewal === 'automatic' ? reader.integer('renewalMonths', form.renewalMonths) : null,
      earlyTermination: form.termKind !== 'ongoing' && form.earlyTermination,
    };
  }

  function fields(errorFor: ErrorFor) {
    return (
      <>
        <TextField
          id={`${idPrefix}-in-force-from`}
          label={t('contracts.fields.inForceFrom')}
          type="date"
          value={form.inForceFrom}
          onChange={(e) => set('inForceFrom', e.target.value)}
          error={errorFor('inForceFrom')}
        />
        <RadioGroup
          name={`${idPrefix}-term-kind`}
          legend={t('contracts.fields.termKind')}
          value={form.termKind}
          onChange={(value) => set('termKind', TERM_KINDS.find((k) => k === value) ?? 'ongoing')}
          options={TERM_KINDS.map((k) => ({ value: k, label: t(`contracts.termKinds.${k}`) }))}
        />
        {form.termKind === 'months' ? (
          <div className="form-row">
            <TextField
              id={`${idPrefix}-term-years`}
              label={t('contracts.fields.termYears')}
              inputMode="numeric"
              autoComplete="off"
              value={form.termYears}
              onChange={(e) => set('termYears', e.target.value)}
              error={errorFor('termMonths')}
            />
            <TextField
              id={`${idPrefix}-term-months`}
              label={t('contracts.fields.termMonthsPart')}
              inputMode="numeric"
              autoComplete="off"
              value={form.termMonthsPart}
              onChange={(e) => set('termMonthsPart', e.target.value)}
            />
          </div>
        ) : null}
        {form.termKind === 'end_date' ? (
          <TextField
            id={`${idPrefix}-term-ends-on`}
            label={t('contracts.fields.termEndsOn')}
            type="date"
            value={form.termEndsOn}
            onChange={(e) => set('termEndsOn', e.target.value)}
            error={errorFor('termEndsOn')}
          />
        ) : null}
        {form.termKind !== 'ongoing' ? (
          <CheckboxField
            id={`${idPrefix}-early-termination`}
            label={t('contracts.fields.earlyTerminationCheckbox')}
            hint={t('contracts.fields.earlyTerminationHint')}
            checked={form.earlyTermination}
            onChange={(e) => set('earlyTermination', e.target.checked)}
          />
        ) : null}
        <div className="form-row">
          <TextField
            id={`${idPrefix}-notice-months`}
            label={t('contracts.fields.noticeMonths')}
            hint={t('contracts.fields.noticeMonthsHint')}
            inputMode="numeric"
            autoComplete="off"
            value={form.noticeMonths}
            onChange={(e) => set('noticeMonths', e.target.value)}
            error={errorFor('noticeMonths')}
          />
          <SelectField
            id={`${idPrefix}-notice-period-end`}
            label={t('contracts.fields.noticePeriodEnd')}
            hint={t('contracts.fields.noticePeriodEndHint')}
            value={form.noticePeriodEnd}
            onChange={(e) => set('noticePeriodEnd', e.target.value)}
            options={[
              { value: '', label: t('contracts.noticePeriodEnds.none') },
              ...NOTICE_PERIOD_ENDS.map((p) => ({ value: p, label: t(`contracts.noticePeriodEnds.${p}`) })),
            ]}
            error={errorFor('noticePeriodEnd')}
          />
          {form.noticePeriodEnd === 'named_month' ? (
            <SelectField
              id={`${idPrefix}-notice-end-month`}
              label={t('contracts.fields.noticeEndMonth')}
              value={form.noticeEndMonth}
              onChange={(e) => set('noticeEndMonth', e.target.value)}
              options={[
                { value: '', label: t('contracts.noticeEndMonthChoose') },
                ...MONTHS.map((m) => ({ value: String(m), label: upperFirst(format.monthOfYear(m)) })),
              ]}
              error={errorFor('noticeEndMonth')}
            />
          ) : null}
        </div>
        <div className="form-row">
          <SelectField
            id={`${idPrefix}-renewal`}
            label={t('contracts.fields.renewal')}
            value={form.renewal}
            onChange={(e) => set('renewal', RENEWALS.find((r) => r === e.target.value) ?? 'none')}
            options={RENEWALS.map((r) => ({ value: r, label: t(`contracts.renewals.${r}`) }))}
            error={errorFor('renewal')}
          />
          {form.renewal === 'automatic' ? (
            <TextField
              id={`${idPrefix}-renewal-months`}
              label={t('contracts.fields.renewalMonths')}
              inputMode="numeric"
              autoComplete="off"
              value={form.renewalMonths}
              onChange={(e) => set('renewalMonths', e.target.value)}
              error={errorFor('renewalMonths')}
            />
          ) : null}
        </div>
      </>
    );
  }

  return { read, fields, reset: (c: TermInitial) => setForm(stateOf(c)) };
}
