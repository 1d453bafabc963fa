import type { Contract } from '@overblik/api';
import { PRICE_REGULATION_KINDS } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { decimalInput } from '../../lib/formInput.ts';
import { useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { ContractPatchForm } from './ContractPatchForm.tsx';
import { useDayMonth } from './dayMonth.ts';
import { useDeclaredFields } from './declaredFields.tsx';

type Props = { contract: Contract; label: string; onDone: () => void };

/** "Økonomi": currency, value and yearly cost (typed the Danish way, "1.234,50"), payment and price regulation. */
export function EditEconomyForm({ contract: c, label, onDone }: Props) {
  const { t } = useTranslation();
  const choices = useOptionChoices();
  const dayMonth = useDayMonth();
  const lists = useOptionLists(c.organisationId).data?.lists ?? {};
  const declared = useDeclaredFields(c, 'economy');
  const [form, setForm] = useState({
    currency: c.currency,
    totalValue: decimalInput(c.totalValue),
    annualCost: decimalInput(c.annualCost),
    paymentModel: c.paymentModel ?? '',
    paymentFrequency: c.paymentFrequency ?? '',
    priceRegulation: c.priceRegulation,
    priceIndex: c.priceIndex ?? '',
    priceIndexBaseMonth: c.priceIndexBaseMonth ?? '',
    priceRegulationDate: dayMonth.input(c.priceRegulationDate),
    priceRegulationPercent: decimalInput(c.priceRegulationPercent),
    priceRegulationCapPercent: decimalInput(c.priceRegulationCapPercent),
    priceRegulationFloorPercent: decimalInput(c.priceRegulationFloorPercent),
  });
  type Key = keyof typeof form;
  const set = <K extends Key>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const regulated = form.priceRegulation !== 'none';
  const index = form.priceRegulation === 'index';
  const fixed = form.priceRegulation === 'fixed_percent';
  const text = (
    key: Exclude<Key, 'priceRegulation'>,
    id: string,
    errorFor: (field: string) => string | undefined,
    extra: { hint?: string; inputMode?: 'decimal' | 'text'; type?: string } = {},
  ) => (
    <TextField
      id={`economy-${id}`}
      label={t(`contracts.fields.${key}`)}
      hint={extra.hint}
      type={extra.type ?? 'text'}
      inputMode={extra.inputMode}
      autoComplete="off"
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errorFor(key)}
    />
  );
  const amountHint = t('form.amountHint');
  const percentHint = t('form.percentHint');

  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => {
        return {
          currency: form.currency.trim().toUpperCase() || 'DKK',
          totalValue: reader.decimal('totalValue', form.totalValue, 2),
          annualCost: reader.decimal('annualCost', form.annualCost, 2),
          paymentModel: form.paymentModel || null,
          paymentFrequency: form.paymentFrequency || null,
          ...declared.read(reader),
          priceRegulation: form.priceRegulation,
          priceIndex: index ? reader.text(form.priceIndex) : null,
          priceIndexBaseMonth: index ? form.priceIndexBaseMonth || null : null,
          priceRegulationDate: regulated
            ? reader.parse('priceRegulationDate', form.priceRegulationDate, dayMonth.parse, t('form.dayMonthInvalid'))
            : null,
          priceRegulationPercent: fixed ? reader.decimal('priceRegulationPercent', form.priceRegulationPercent, 6) : null,
          priceRegulationCapPercent: regulated
            ? reader.decimal('priceRegulationCapPercent', form.priceRegulationCapPercent, 6)
            : null,
          priceRegulationFloorPercent: regulated
            ? reader.decimal('priceRegulationFloorPercent', form.priceRegulationFloorPercent, 6)
            : null,
        };
      }}
      fields={(errorFor) => (
        <>
          {text('currency', 'currency', errorFor, { hint: t('contracts.fields.currencyHint') })}
          <div className="form-row">
            {text('totalValue', 'total-value', errorFor, { hint: amountHint, inputMode: 'decimal' })}
            {text('annualCost', 'annual-cost', errorFor, { hint: amountHint, inputMode: 'decimal' })}
          </div>
          <div className="form-row">
            <SelectField
              id="economy-payment-model"
              label={t('contracts.fields.paymentModel')}
              value={form.paymentModel}
              onChange={(e) => set('paymentModel', e.target.value)}
              options={[{ value: '', label: t('contracts.noValue') }, ...choices(lists.payment_model ?? [], c.paymentModel)]}
              error={errorFor('paymentModel')}
            />
            <SelectField
              id="economy-payment-frequency"
              label={t('contracts.fields.paymentFrequency')}
              value={form.paymentFrequency}
              onChange={(e) => set('paymentFrequency', e.target.value)}
              options={[
                { value: '', label: t('contracts.noValue') },
                ...choices(lists.payment_frequency ?? [], c.paymentFrequency),
              ]}
              error={errorFor('paymentFrequency')}
            />
          </div>
          {declared.fields(errorFor)}
          <SelectField
            id="economy-price-regulation"
            label={t('contracts.fields.priceRegulation')}
            value={form.priceRegulation}
            onChange={(e) => set('priceRegulation', PRICE_REGULATION_KINDS.find((r) => r === e.target.value) ?? 'none')}
            options={PRICE_REGULATION_KINDS.map((r) => ({ value: r, label: t(`contracts.priceRegulations.${r}`) }))}
            error={errorFor('priceRegulation')}
          />
          {index ? (
            <div className="form-row">
              {text('priceIndex', 'price-index', errorFor, { hint: t('contracts.fields.priceIndexHint') })}
              {text('priceIndexBaseMonth', 'price-index-base-month', errorFor, {
                type: 'month',
                hint: t('contracts.fields.priceIndexBaseMonthHint'),
              })}
            </div>
          ) : null}
          {regulated ? (
            <div className="form-row">
              {text('priceRegulationDate', 'price-regulation-date', errorFor, {
                hint: t('contracts.fields.priceRegulationDateHint'),
              })}
              {fixed
                ? text('priceRegulationPercent', 'price-regulation-percent', errorFor, {
                    hint: percentHint,
                    inputMode: 'decimal',
                  })
                : null}
              {text('priceRegulationCapPercent', 'price-regulation-cap', errorFor, { hint: percentHint, inputMode: 'decimal' })}
              {text('priceRegulationFloorPercent', 'price-regulation-floor', errorFor, {
                hint: percentHint,
                inputMode: 'decimal',
              })}
            </div>
          ) : null}
        </>
      )}
    />
  );
}
