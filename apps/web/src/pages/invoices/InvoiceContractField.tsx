import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContractListQuery, contractsQuery } from '../../api/contracts.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

type ContractChoice = { id: string; number: string | null; name: string | null };

type Props = {
  organisationId: string;
  value: string;
  onChange: (contractId: string) => void;
  /** The contract the invoice has now, offered even when the search does not find it. */
  current: ContractChoice | null;
  error?: string | undefined;
};

const SHOWN = 25;
const label = (c: ContractChoice) => [c.number, c.name].filter(Boolean).join(' – ');

/**
 * The contract an invoice belongs to: a search by number, name or supplier narrows the organisation's contracts,
 * which are offered in a plain select (organisations may have thousands of contracts).
 */
export function InvoiceContractField({ organisationId, value, onChange, current, error }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q.trim());
  const query: ContractListQuery = { sort: 'number', limit: SHOWN, ...(deferred ? { q: deferred } : {}) };
  const found = useQuery(contractsQuery(organisationId, query)).data?.items ?? [];
  const choices = found.map((c) => ({ value: c.id, label: label(c) }));
  const kept = current && !choices.some((c) => c.value === current.id) ? [{ value: current.id, label: label(current) }] : [];
  return (
    <>
      <TextField
        id="invoice-contract-search"
        label={t('invoices.assign.search')}
        hint={t('invoices.assign.searchHint')}
        type="search"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField
        id="invoice-contract"
        label={t('invoices.assign.contract')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={[{ value: '', label: t('invoices.assign.chooseContract') }, ...kept, ...choices]}
        error={error}
      />
    </>
  );
}
