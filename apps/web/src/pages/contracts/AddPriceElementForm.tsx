import type { CreatePriceElementRequest } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { createPriceElement } from '../../api/contracts.ts';
import { ContractForm } from './ContractForm.tsx';
import { usePriceElementFields } from './usePriceElementFields.tsx';

type Props = { organisationId: string; contractId: string; onDone: () => void };

export function AddPriceElementForm({ organisationId, contractId, onDone }: Props) {
  const { t } = useTranslation();
  const element = usePriceElementFields('new-price-element', organisationId);
  return (
    <ContractForm
      organisationId={organisationId}
      label={t('contracts.priceElements.add')}
      read={element.read}
      save={(body: CreatePriceElementRequest) => createPriceElement(organisationId, contractId, body)}
      fields={element.fields}
      onDone={onDone}
    />
  );
}
