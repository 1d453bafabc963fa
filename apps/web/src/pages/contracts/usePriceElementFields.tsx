import type { CreatePriceElementRequest, PriceElement } from '@overblik/api';
import { type CalendarDate, PRICE_RECURRENCES } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { decimalInput } from '../../lib/formInput.ts';
import type { ErrorFor, InputReader } from './ContractForm.tsx';
import { COMMON_UNIT_CODES, isCommonUnitCode } from './unitCodes.ts';
import { useUnitChoices } from './useReferenceData.ts';

type Recurrence = PriceElement['recurrence'];
const RECURRENCES: readonly Recurrence[] = PRICE_RECURRENCES;
const OTHER = 'other';

/**
 * A price element (priselement): what the supplier invoices, its unit (UN/ECE code), unit price and quantity typed
 * the Danish way ("1.234,50"), how often, when it applies, which units pay it and the kontering.
 */
export function usePriceElementFields(idPrefix: string, organisationId: string, initial?: PriceElement) {
  const { t } = useTranslation();
  const units = useUnitChoices(organisationId);
  const initialCode = initial?.unitCode ?? 'EA';
  const [form, setForm] = useState({
    number: initial?.number ?? '',
    name: initial?.name ?? '',
    unit: isCommonUnitCode(initialCode) ? initialCode : OTHER,
    otherUnitCode: isCommonUnitCode(initialCode) ? '' : initialCode,
    unitPrice: decimalInput(initial?.unitPrice),
    quantity: decimalInput(initial?.quantity),
    recurrence: initial?.recurrence ?? ('yearly' as Recurrence),
    validFrom: initial?.validFrom ?? '',
    validTo: initial?.validTo ?? '',
    payingUnitIds: initial?.payingUnitIds ?? [],
    accountCoding: initial?.accountCoding ?? '',
    notes: initial?.notes ?? '',
  });
  type Key = keyof typeof form;
  const set = <K extends Key>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const read = (reader: InputReader): CreatePriceElementRequest => ({
    number: reader.text(form.number),
    name: form.name.trim(),
    unitCode: form.unit === OTHER ? form.otherUnitCode.trim().toUpperCase() : form.unit,
    unitPrice: reader.required('unitPrice', form.unitPrice) && (reader.decimal('unitPrice', form.unitPrice, 6) ?? ''),
    quantity: reader.decimal('quantity', form.quantity, 6),
    recurrence: form.recurrence,
    // A date input's value: `YYYY-MM-DD`, or empty (none).
    validFrom: (form.validFrom || null) as CalendarDate | null,
    validTo: (form.validTo || null) as CalendarDate | null,
    payingUnitIds: form.payingUnitIds,
    accountCoding: reader.text(form.accountCoding),
    notes: reader.text(form.notes),
  });

  const text = (
    key: 'number' | 'name' | 'unitPrice' | 'quantity' | 'accountCoding' | 'notes',
    errorFor: ErrorFor,
    hint?: string,
  ) => (
    <TextField
      id={`${idPrefix}-${key}`}
      label={t(`contracts.priceElements.fields.${key}`)}
      hint={hint}
      required={key === 'name' || key === 'unitPrice'}
      inputMode={key === 'unitPrice' || key === 'quantity' ? 'decimal' : undefined}
      autoComplete="off"
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errorFor(key)}
    />
  );
  const date = (key: 'validFrom' | 'validTo', errorFor: ErrorFor) => (
    <TextField
      id={`${idPrefix}-${key}`}
      label={t(`contracts.priceElements.fields.${key}`)}
      type="date"
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errorFor(key)}
    />
  );

  const fields = (errorFor: ErrorFor) => (
    <>
      <div className="form-row">
        {text('number', errorFor, t('contracts.priceElements.numberHint'))}
        {text('name', errorFor)}
      </div>
      <div className="form-row">
        <SelectField
          id={`${idPrefix}-unit`}
          label={t('contracts.priceElements.fields.unitCode')}
          value={form.unit}
          onChange={(e) => set('unit', e.target.value)}
          options={[
            ...COMMON_UNIT_CODES.map((code) => ({
              value: code,
              label: t('contracts.unitCodeChoice', { code, label: t(`contracts.unitCodes.${code}`) }),
            })),
            { value: OTHER, label: t('contracts.unitCodes.other') },
          ]}
          error={form.unit === OTHER ? undefined : errorFor('unitCode')}
        />
        {form.unit === OTHER ? (
          <TextField
            id={`${idPrefix}-other-unit-code`}
            label={t('contracts.priceElements.otherUnitCode')}
            hint={t('contracts.priceElements.otherUnitCodeHint')}
            autoComplete="off"
            maxLength={3}
            value={form.otherUnitCode}
            onChange={(e) => set('otherUnitCode', e.target.value)}
            error={errorFor('unitCode')}
          />
        ) : null}
        {text('unitPrice', errorFor, t('form.amountHint'))}
        {text('quantity', errorFor, t('contracts.priceElements.quantityHint'))}
      </div>
      <div className="form-row">
        <SelectField
          id={`${idPrefix}-recurrence`}
          label={t('contracts.priceElements.fields.recurrence')}
          value={form.recurrence}
          onChange={(e) => set('recurrence', RECURRENCES.find((r) => r === e.target.value) ?? 'yearly')}
          options={RECURRENCES.map((r) => ({ value: r, label: t(`contracts.recurrences.${r}`) }))}
          error={errorFor('recurrence')}
        />
        {date('validFrom', errorFor)}
        {date('validTo', errorFor)}
      </div>
      {units.length > 0 ? (
        <CheckboxGroup
          id={`${idPrefix}-paying-unit`}
          legend={t('contracts.priceElements.fields.payingUnitIds')}
          hint={t('contracts.priceElements.payingUnitsHint')}
          options={units}
          values={form.payingUnitIds}
          onChange={(values) => set('payingUnitIds', values)}
          error={errorFor('payingUnitIds')}
        />
      ) : null}
      <div className="form-row">
        {text('accountCoding', errorFor, t('contracts.priceElements.accountCodingHint'))}
        {text('notes', errorFor)}
      </div>
    </>
  );

  return { read, fields };
}
