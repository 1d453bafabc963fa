import type { CreateContractRequest } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractsKey, createContract } from '../../api/contracts.ts';
import { suppliersKey } from '../../api/suppliers.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { createInputReader } from '../../lib/formInput.ts';
import { useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useMay } from '../../session/rights.ts';
import { NewSupplierInline } from './NewSupplierInline.tsx';
import { ParentContractField } from './ParentContractField.tsx';
import { SupplierField } from './SupplierField.tsx';
import { useFormErrors } from './useFormErrors.ts';
import { useTermFields } from './useTermFields.tsx';

type Props = { organisationId: string; parentId?: string | undefined; supplierId?: string | undefined };

const CONFLICTS = { contract_number_taken: 'number', contract_parent_invalid: 'parentId' };

/** The fields a new contract needs; everything else is added on the contract's own page. */
export function CreateContractForm({ organisationId, parentId, supplierId }: Props) {
  const { t } = useTranslation();
  const may = useMay();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const choices = useOptionChoices();
  const types = useOptionList(organisationId, 'contract_type');
  const [form, setForm] = useState({
    number: '',
    name: '',
    supplierId: supplierId ?? '',
    contractType: parentId ? 'tillaegskontrakt' : '',
    parentId: parentId ?? '',
  });
  /** A supplier created from this form ("Opret ny leverandør"), named until the list has it. */
  const [newSupplier, setNewSupplier] = useState<{ id: string; name: string } | null>(null);
  const set = <K extends keyof typeof form>(key: K, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const term = useTermFields('contract');
  const errors = useFormErrors(CONFLICTS);
  const mutation = useMutation({
    mutationFn: (body: CreateContractRequest) => createContract(organisationId, body),
    onSuccess: async (created) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: suppliersKey(organisationId) }),
      ]);
      await navigate({ to: '/kontrakter/$contractId', params: { contractId: created.id } });
    },
  });

  if (!may('write', organisationId)) return <Alert variant="warning" heading={t('contracts.noWriteRight')} />;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const reader = createInputReader(t);
    const body: CreateContractRequest = {
      number: form.number.trim(),
      name: form.name.trim(),
      supplierId: form.supplierId || null,
      contractType: form.contractType || null,
      parentId: form.parentId || null,
      ...term.read(reader),
    };
    errors.setLocal(reader.errors);
    if (reader.ok) mutation.mutate(body);
  }

  const errorFor = (field: string) => errors.errorFor(mutation.error, field);
  return (
    <>
      <p className="font-lead">{t('contracts.createIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="contract-number"
          label={t('contracts.fields.number')}
          hint={t('contracts.fields.numberHint')}
          required
          autoComplete="off"
          value={form.number}
          onChange={(e) => set('number', e.target.value)}
          error={errorFor('number')}
        />
        <TextField
          id="contract-name"
          label={t('contracts.fields.name')}
          required
          autoComplete="off"
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={errorFor('name')}
        />
        <SupplierField
          organisationId={organisationId}
          id="contract-supplier"
          value={form.supplierId}
          onChange={(value) => set('supplierId', value)}
          currentName={newSupplier?.id === form.supplierId ? newSupplier.name : null}
          error={errorFor('supplierId')}
        />
        {newSupplier ? (
          <Alert variant="success" heading={t('contracts.newSupplier.created', { name: newSupplier.name })} />
        ) : null}
        <NewSupplierInline
          organisationId={organisationId}
          onCreated={(supplier) => {
            setNewSupplier({ id: supplier.id, name: supplier.name });
            set('supplierId', supplier.id);
          }}
        />
        <SelectField
          id="contract-type"
          label={t('contracts.fields.contractType')}
          value={form.contractType}
          onChange={(e) => set('contractType', e.target.value)}
          options={[{ value: '', label: t('contracts.noValue') }, ...choices(types, form.contractType)]}
          error={errorFor('contractType')}
        />
        <ParentContractField
          organisationId={organisationId}
          idPrefix="contract"
          value={form.parentId}
          onChange={(value) => set('parentId', value)}
          error={errorFor('parentId')}
        />
        <h2 className="h3">{t('contracts.createTermHeading')}</h2>
        {term.fields(errorFor)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('contracts.createSubmit')}
        </button>
      </form>
    </>
  );
}
