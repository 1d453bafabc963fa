import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { EditableSection } from './EditableSection.tsx';
import { EditGeneralForm } from './EditGeneralForm.tsx';
import { GeneralDetails } from './GeneralDetails.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

export function GeneralSection({ contract, canWrite }: Props) {
  const { t } = useTranslation();
  const title = t('contracts.sections.general');
  return (
    <EditableSection
      id="contract-general"
      title={title}
      canWrite={canWrite}
      view={<GeneralDetails contract={contract} canWrite={canWrite} />}
      form={(done) => (
        <EditGeneralForm contract={contract} label={t('contracts.editSection', { section: title })} onDone={done} />
      )}
    />
  );
}
