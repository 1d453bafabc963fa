import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { EditableSection } from './EditableSection.tsx';
import { EditExitForm } from './EditExitForm.tsx';
import { EditTermsForm } from './EditTermsForm.tsx';
import { ExitDetails } from './ExitDetails.tsx';
import { OptionsTable } from './OptionsTable.tsx';
import { TermsDetails } from './TermsDetails.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

/** "Datoer og vilkår": the dates and terms, the options, and the exit terms, each edited on its own. */
export function TermsSection({ contract, canWrite }: Props) {
  const { t } = useTranslation();
  const title = t('contracts.sections.terms');
  const exitTitle = t('contracts.sections.exit');
  return (
    <EditableSection
      id="contract-terms"
      title={title}
      canWrite={canWrite}
      view={<TermsDetails contract={contract} />}
      form={(done) => <EditTermsForm contract={contract} label={t('contracts.editSection', { section: title })} onDone={done} />}
    >
      <OptionsTable contract={contract} canWrite={canWrite} />
      <EditableSection
        id="contract-exit"
        title={exitTitle}
        level={3}
        canWrite={canWrite}
        view={<ExitDetails contract={contract} />}
        form={(done) => (
          <EditExitForm contract={contract} label={t('contracts.editSection', { section: exitTitle })} onDone={done} />
        )}
      />
    </EditableSection>
  );
}
