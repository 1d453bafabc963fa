import type { ContractDetails } from '@overblik/api';
import { CRITICALITIES } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { ContractPatchForm } from './ContractPatchForm.tsx';
import { ParentContractField } from './ParentContractField.tsx';
import { ResponsibilitiesField, type ResponsibilityRow } from './ResponsibilitiesField.tsx';
import { SupplierField } from './SupplierField.tsx';
import { useMemberChoices, useUnitChoices } from './useReferenceData.ts';

type Props = { contract: ContractDetails; label: string; onDone: () => void };

/** "Generelt": identity, supplier, type and parent, template and procurement, classification and responsibility. */
export function EditGeneralForm({ contract: c, label, onDone }: Props) {
  const { t } = useTranslation();
  const choices = useOptionChoices();
  const lists = useOptionLists(c.organisationId).data?.lists ?? {};
  const list = (name: string) => lists[name] ?? [];
  const units = useUnitChoices(c.organisationId);
  const members = useMemberChoices(c.organisationId);
  const [form, setForm] = useState({
    number: c.number,
    name: c.name,
    systemName: c.systemName ?? '',
    supplierId: c.supplierId ?? '',
    contractType: c.contractType ?? '',
    parentId: c.parentId ?? '',
    template: c.template ?? '',
    procurementForm: c.procurementForm ?? '',
    skiAgreementNumber: c.skiAgreementNumber ?? '',
    agreementElements: c.agreementElements,
    criticality: c.criticality ?? '',
    societallyCritical: c.societallyCritical,
    tags: c.tags.join(', '),
    responsibleUnitId: c.responsibleUnitId ?? '',
    description: c.description ?? '',
  });
  const [responsibilities, setResponsibilities] = useState<ResponsibilityRow[]>(() =>
    c.responsibilities.map((r, i) => ({ key: i + 1, role: r.role, userId: r.userId })),
  );
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const select = (name: string, key: 'contractType' | 'template' | 'procurementForm') => [
    { value: '', label: t('contracts.noValue') },
    ...choices(list(name), form[key]),
  ];
  const kept = (id: string, label: string, from: { value: string }[]) =>
    id && !from.some((o) => o.value === id) ? [{ value: id, label }] : [];

  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => ({
        number: form.number.trim(),
        name: form.name.trim(),
        systemName: reader.text(form.systemName),
        supplierId: form.supplierId || null,
        contractType: form.contractType || null,
        parentId: form.parentId || null,
        template: form.template || null,
        procurementForm: form.procurementForm || null,
        skiAgreementNumber: reader.text(form.skiAgreementNumber),
        agreementElements: form.agreementElements,
        criticality: CRITICALITIES.find((x) => x === form.criticality) ?? null,
        societallyCritical: form.societallyCritical,
        tags: [
          ...new Set(
            form.tags
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ],
        responsibleUnitId: form.responsibleUnitId || null,
        responsibilities: responsibilities.filter((r) => r.role && r.userId).map((r) => ({ role: r.role, userId: r.userId })),
        description: reader.text(form.description),
      })}
      fields={(errorFor) => (
        <>
          <div className="form-row">
            <TextField
              id="general-number"
              label={t('contracts.fields.number')}
              required
              autoComplete="off"
              value={form.number}
              onChange={(e) => set('number', e.target.value)}
              error={errorFor('number')}
            />
            <TextField
              id="general-system-name"
              label={t('contracts.fields.systemName')}
              autoComplete="off"
              value={form.systemName}
              onChange={(e) => set('systemName', e.target.value)}
              error={errorFor('systemName')}
            />
          </div>
          <TextField
            id="general-name"
            label={t('contracts.fields.name')}
            required
            autoComplete="off"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={errorFor('name')}
          />
          <SupplierField
            organisationId={c.organisationId}
            id="general-supplier"
            value={form.supplierId}
            currentName={c.supplierName}
            onChange={(value) => set('supplierId', value)}
            error={errorFor('supplierId')}
          />
          <SelectField
            id="general-contract-type"
            label={t('contracts.fields.contractType')}
            value={form.contractType}
            onChange={(e) => set('contractType', e.target.value)}
            options={select('contract_type', 'contractType')}
            error={errorFor('contractType')}
          />
          <ParentContractField
            organisationId={c.organisationId}
            idPrefix="general"
            value={form.parentId}
            current={c.parent}
            excludeId={c.id}
            onChange={(value) => set('parentId', value)}
            error={errorFor('parentId')}
          />
          <div className="form-row">
            <SelectField
              id="general-template"
              label={t('contracts.fields.template')}
              value={form.template}
              onChange={(e) => set('template', e.target.value)}
              options={select('contract_template', 'template')}
              error={errorFor('template')}
            />
            <SelectField
              id="general-procurement-form"
              label={t('contracts.fields.procurementForm')}
              value={form.procurementForm}
              onChange={(e) => set('procurementForm', e.target.value)}
              options={select('procurement_form', 'procurementForm')}
              error={errorFor('procurementForm')}
            />
            <TextField
              id="general-ski-number"
              label={t('contracts.fields.skiAgreementNumber')}
              autoComplete="off"
              value={form.skiAgreementNumber}
              onChange={(e) => set('skiAgreementNumber', e.target.value)}
              error={errorFor('skiAgreementNumber')}
            />
          </div>
          <CheckboxGroup
            id="general-agreement-element"
            legend={t('contracts.fields.agreementElements')}
            options={choices(list('agreement_element'), c.agreementElements)}
            values={form.agreementElements}
            onChange={(values) => set('agreementElements', values)}
            error={errorFor('agreementElements')}
          />
          <div className="form-row">
            <SelectField
              id="general-criticality"
              label={t('contracts.fields.criticality')}
              value={form.criticality}
              onChange={(e) => set('criticality', e.target.value)}
              options={[
                { value: '', label: t('contracts.noValue') },
                ...CRITICALITIES.map((x) => ({ value: x, label: t(`criticalities.${x}`) })),
              ]}
              error={errorFor('criticality')}
            />
            <SelectField
              id="general-responsible-unit"
              label={t('contracts.fields.responsibleUnit')}
              value={form.responsibleUnitId}
              onChange={(e) => set('responsibleUnitId', e.target.value)}
              options={[
                { value: '', label: t('contracts.noValue') },
                ...kept(form.responsibleUnitId, form.responsibleUnitId, units),
                ...units,
              ]}
              error={errorFor('responsibleUnitId')}
            />
          </div>
          <CheckboxField
            id="general-societally-critical"
            label={t('contracts.fields.societallyCritical')}
            hint={t('contracts.fields.societallyCriticalHint')}
            checked={form.societallyCritical}
            onChange={(e) => set('societallyCritical', e.target.checked)}
          />
          <TextField
            id="general-tags"
            label={t('contracts.fields.tags')}
            hint={t('contracts.fields.tagsHint')}
            autoComplete="off"
            value={form.tags}
            onChange={(e) => set('tags', e.target.value)}
            error={errorFor('tags')}
          />
          <ResponsibilitiesField
            idPrefix="general"
            rows={responsibilities}
            onChange={setResponsibilities}
            roles={list('responsibility_role')}
            members={members}
            errorFor={errorFor}
          />
          <TextAreaField
            id="general-description"
            label={t('contracts.fields.description')}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
            error={errorFor('description')}
          />
        </>
      )}
    />
  );
}
