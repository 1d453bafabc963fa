import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { EconomyDetails } from './EconomyDetails.tsx';
import { EditableSection } from './EditableSection.tsx';
import { EditEconomyForm } from './EditEconomyForm.tsx';
import { PriceElementsTable } from './PriceElementsTable.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

/** "Økonomi og priselementer": the contract's money, and below it the price elements with their own actions. */
export function EconomySection({ contract, canWrite }: Props) {
  const { t } = useTranslation();
  const title = t('contracts.sections.economy');
  return (
    <EditableSection
      id="contract-economy"
      title={title}
      canWrite={canWrite}
      view={<EconomyDetails contract={contract} />}
      form={(done) => (
        <EditEconomyForm contract={contract} label={t('contracts.editSection', { section: title })} onDone={done} />
      )}
    >
      <PriceElementsTable contract={contract} canWrite={canWrite} />
    </EditableSection>
  );
}
