import type { CreateContractOptionRequest } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { createContractOption } from '../../api/contracts.ts';
import { ContractForm } from './ContractForm.tsx';
import { useOptionFields } from './useOptionFields.tsx';

type Props = { organisationId: string; contractId: string; onDone: () => void };

export function AddOptionForm({ organisationId, contractId, onDone }: Props) {
  const { t } = useTranslation();
  const option = useOptionFields('new-option');
  return (
    <ContractForm
      organisationId={organisationId}
      label={t('contracts.options.add')}
      read={option.read}
      save={(body: CreateContractOptionRequest) => createContractOption(organisationId, contractId, body)}
      fields={option.fields}
      onDone={onDone}
    />
  );
}
