import type { PriceElement, UpdatePriceElementRequest } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { updatePriceElement } from '../../api/contracts.ts';
import { ContractForm } from './ContractForm.tsx';
import { usePriceElementFields } from './usePriceElementFields.tsx';

type Props = { organisationId: string; element: PriceElement; onDone: () => void };

export function EditPriceElementForm({ organisationId, element, onDone }: Props) {
  const { t } = useTranslation();
  const fields = usePriceElementFields(`edit-price-element-${element.id}`, organisationId, element);
  return (
    <ContractForm
      organisationId={organisationId}
      label={t('contracts.priceElements.editForm', { name: element.name })}
      read={fields.read}
      save={(body: UpdatePriceElementRequest) => updatePriceElement(organisationId, element.contractId, element.id, body)}
      fields={fields.fields}
      onDone={onDone}
    />
  );
}
