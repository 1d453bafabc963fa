import type { Contract } from '@overblik/api';
import { DPA_REQUIREMENTS, YES_NO_UNKNOWN } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ContractPatchForm } from './ContractPatchForm.tsx';

export function EditDataProtectionForm({
  contract: c,
  label,
  onDone,
}: {
  contract: Contract;
  label: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    personalData: c.personalData ?? '',
    dpaRequired: c.dpaRequired ?? '',
    dpaReference: c.dpaReference ?? '',
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => ({
        personalData: YES_NO_UNKNOWN.find((v) => v === form.personalData) ?? null,
        dpaRequired: DPA_REQUIREMENTS.find((v) => v === form.dpaRequired) ?? null,
        dpaReference: reader.text(form.dpaReference),
      })}
      fields={(errorFor) => (
        <>
          <SelectField
            id="data-protection-personal-data"
            label={t('contracts.fields.personalData')}
            value={form.personalData}
            onChange={(e) => set('personalData', e.target.value)}
            options={[
              { value: '', label: t('contracts.noValue') },
              ...YES_NO_UNKNOWN.map((v) => ({ value: v, label: t(`contracts.personalDataValues.${v}`) })),
            ]}
            error={errorFor('personalData')}
          />
          <SelectField
            id="data-protection-dpa-required"
            label={t('contracts.fields.dpaRequired')}
            value={form.dpaRequired}
            onChange={(e) => set('dpaRequired', e.target.value)}
            options={[
              { value: '', label: t('contracts.noValue') },
              ...DPA_REQUIREMENTS.map((v) => ({ value: v, label: t(`contracts.dpaValues.${v}`) })),
            ]}
            error={errorFor('dpaRequired')}
          />
          <TextField
            id="data-protection-dpa-reference"
            label={t('contracts.fields.dpaReference')}
            hint={t('contracts.fields.dpaReferenceHint')}
            autoComplete="off"
            value={form.dpaReference}
            onChange={(e) => set('dpaReference', e.target.value)}
            error={errorFor('dpaReference')}
          />
        </>
      )}
    />
  );
}
