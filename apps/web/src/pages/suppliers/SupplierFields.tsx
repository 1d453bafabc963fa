import type { Supplier } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';

type Initial = Pick<
  Supplier,
  'name' | 'country' | 'cvr' | 'foreignId' | 'street' | 'postalCode' | 'city' | 'classification' | 'notes'
>;

const EMPTY: Initial = {
  name: '',
  country: 'DK',
  cvr: null,
  foreignId: null,
  street: null,
  postalCode: null,
  city: null,
  classification: null,
  notes: null,
};

type Origin = 'dk' | 'foreign';

function stateOf(initial: Initial) {
  return {
    name: initial.name,
    origin: (initial.country === 'DK' ? 'dk' : 'foreign') as Origin,
    country: initial.country === 'DK' ? '' : initial.country,
    cvr: initial.cvr ?? '',
    foreignId: initial.foreignId ?? '',
    street: initial.street ?? '',
    postalCode: initial.postalCode ?? '',
    city: initial.city ?? '',
    classification: initial.classification ?? '',
    notes: initial.notes ?? '',
  };
}

/**
 * The fields creating and editing a supplier share: name, Danish (CVR number) or foreign (country code and
 * foreign id), address, classification and notes. The server checks the CVR number and reports each problem
 * at its field.
 */
export function useSupplierFields(idPrefix: string, organisationId: string, initial: Initial = EMPTY) {
  const { t } = useTranslation();
  const classifications = useOptionList(organisationId, 'supplier_classification');
  const [form, setForm] = useState(() => stateOf(initial));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const foreign = form.origin === 'foreign';
  const optional = (value: string) => value.trim() || null;

  /** The values as the API takes them: trimmed, empty optional fields as null, the identity that does not apply cleared. */
  const values = {
    name: form.name.trim(),
    country: foreign ? form.country.trim().toUpperCase() : 'DK',
    cvr: foreign ? null : optional(form.cvr),
    foreignId: foreign ? optional(form.foreignId) : null,
    street: optional(form.street),
    postalCode: optional(form.postalCode),
    city: optional(form.city),
    classification: form.classification || null,
    notes: optional(form.notes),
  };

  /** Offered: the enabled values, and the supplier's current value even when it has since been disabled. */
  const classificationOptions = [
    { value: '', label: t('suppliers.noClassification') },
    ...classifications
      .filter((c) => !c.disabled || c.key === initial.classification)
      .map((c) => ({ value: c.key, label: c.disabled ? t('suppliers.disabledValue', { label: c.label }) : c.label })),
  ];

  function fields(error: Error | null) {
    return (
      <>
        <TextField
          id={`${idPrefix}-name`}
          label={t('fields.name')}
          required
          autoComplete="off"
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldError(error, 'name')}
        />
        <RadioGroup
          name={`${idPrefix}-origin`}
          legend={t('suppliers.origin')}
          value={form.origin}
          onChange={(value) => set('origin', value as Origin)}
          options={[
            { value: 'dk', label: t('suppliers.danish') },
            { value: 'foreign', label: t('suppliers.foreign') },
          ]}
        />
        {foreign ? (
          <>
            <TextField
              id={`${idPrefix}-country`}
              label={t('suppliers.countryCode')}
              hint={t('suppliers.countryHint')}
              required
              maxLength={2}
              autoComplete="off"
              value={form.country}
              onChange={(e) => set('country', e.target.value)}
              error={fieldError(error, 'country')}
            />
            <TextField
              id={`${idPrefix}-foreign-id`}
              label={t('suppliers.foreignId')}
              autoComplete="off"
              value={form.foreignId}
              onChange={(e) => set('foreignId', e.target.value)}
              error={fieldError(error, 'foreignId')}
            />
          </>
        ) : (
          <TextField
            id={`${idPrefix}-cvr`}
            label={t('suppliers.fields.cvr')}
            hint={t('suppliers.cvrHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            value={form.cvr}
            onChange={(e) => set('cvr', e.target.value)}
            error={fieldError(error, 'cvr')}
          />
        )}
        <TextField
          id={`${idPrefix}-street`}
          label={t('suppliers.streetOptional')}
          autoComplete="off"
          value={form.street}
          onChange={(e) => set('street', e.target.value)}
          error={fieldError(error, 'street')}
        />
        <div className="filter-row">
          <TextField
            id={`${idPrefix}-postal-code`}
            label={t('suppliers.fields.postalCode')}
            autoComplete="off"
            value={form.postalCode}
            onChange={(e) => set('postalCode', e.target.value)}
            error={fieldError(error, 'postalCode')}
          />
          <TextField
            id={`${idPrefix}-city`}
            label={t('suppliers.fields.city')}
            autoComplete="off"
            value={form.city}
            onChange={(e) => set('city', e.target.value)}
            error={fieldError(error, 'city')}
          />
        </div>
        <SelectField
          id={`${idPrefix}-classification`}
          label={t('suppliers.classificationOptional')}
          value={form.classification}
          onChange={(e) => set('classification', e.target.value)}
          options={classificationOptions}
          error={fieldError(error, 'classification')}
        />
        <TextAreaField
          id={`${idPrefix}-notes`}
          label={t('suppliers.notesOptional')}
          value={form.notes}
          onChange={(e) => set('notes', e.target.value)}
          error={fieldError(error, 'notes')}
        />
      </>
    );
  }

  return { values, fields, reset: (supplier: Initial) => setForm(stateOf(supplier)) };
}
