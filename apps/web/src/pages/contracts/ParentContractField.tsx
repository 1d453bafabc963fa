import type { ContractSummary } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContractListQuery, contractQuery, contractsQuery } from '../../api/contracts.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

type Props = {
  organisationId: string;
  idPrefix: string;
  value: string;
  onChange: (contractId: string) => void;
  /** The parent it has now, offered even when the search does not find it. */
  current?: ContractSummary | null | undefined;
  /** The contract being edited: it cannot be its own parent. */
  excludeId?: string | undefined;
  error?: string | undefined;
};

const SHOWN = 25;

/**
 * The main contract a tillægskontrakt belongs to: a search by number or name narrows the choices, which are
 * offered in a plain select (organisations may have thousands of contracts).
 */
export function ParentContractField({ organisationId, idPrefix, value, onChange, current, excludeId, error }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q.trim());
  const query: ContractListQuery = { sort: 'number', limit: SHOWN, ...(deferred ? { q: deferred } : {}) };
  const found = useQuery(contractsQuery(organisationId, query)).data?.items ?? [];
  const choices = found.filter((c) => c.id !== excludeId).map((c) => ({ value: c.id, label: `${c.number} – ${c.name}` }));
  // The current and the chosen contract stay offered when the search does not find them (e.g. a main contract
  // chosen by opening "Opret tillægskontrakt" on its page).
  const missing = value !== '' && !choices.some((c) => c.value === value) && current?.id !== value;
  const chosen = useQuery({ ...contractQuery(organisationId, value), enabled: missing }).data;
  const kept = [current, missing ? chosen : undefined]
    .filter((c): c is ContractSummary => Boolean(c) && !choices.some((o) => o.value === c?.id))
    .map((c) => ({ value: c.id, label: `${c.number} – ${c.name}` }));

  return (
    <>
      <TextField
        id={`${idPrefix}-parent-search`}
        label={t('contracts.parent.search')}
        hint={t('contracts.parent.searchHint')}
        type="search"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField
        id={`${idPrefix}-parent`}
        label={t('contracts.fields.parent')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={[{ value: '', label: t('contracts.parent.none') }, ...kept, ...choices]}
        error={error}
      />
    </>
  );
}
