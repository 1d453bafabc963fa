import type { ContractOption, UpdateContractOptionRequest } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { updateContractOption } from '../../api/contracts.ts';
import { ContractForm } from './ContractForm.tsx';
import { useOptionFields } from './useOptionFields.tsx';

type Props = { organisationId: string; option: ContractOption; label: string; onDone: () => void };

export function EditOptionForm({ organisationId, option, label, onDone }: Props) {
  const { t } = useTranslation();
  const fields = useOptionFields(`edit-option-${option.id}`, option);
  return (
    <ContractForm
      organisationId={organisationId}
      label={t('contracts.options.editForm', { name: label })}
      read={fields.read}
      save={(body: UpdateContractOptionRequest) => updateContractOption(organisationId, option.contractId, option.id, body)}
      fields={fields.fields}
      onDone={onDone}
    />
  );
}
