import type { Contract } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { EditableSection } from './EditableSection.tsx';
import { EditDataProtectionForm } from './EditDataProtectionForm.tsx';

type Props = { contract: Contract; canWrite: boolean };

/** "Databeskyttelse": whether personal data is processed, and whether a databehandleraftale is required and where it is. */
export function DataProtectionSection({ contract: c, canWrite }: Props) {
  const { t } = useTranslation();
  const title = t('contracts.sections.dataProtection');
  return (
    <EditableSection
      id="contract-data-protection"
      title={title}
      canWrite={canWrite}
      view={
        <dl className="summary-list">
          <dt>{t('contracts.fields.personalData')}</dt>
          <dd>{c.personalData ? t(`contracts.personalDataValues.${c.personalData}`) : '–'}</dd>
          <dt>{t('contracts.fields.dpaRequired')}</dt>
          <dd>{c.dpaRequired ? t(`contracts.dpaValues.${c.dpaRequired}`) : '–'}</dd>
          <dt>{t('contracts.fields.dpaReference')}</dt>
          <dd className="notes">{c.dpaReference ?? '–'}</dd>
        </dl>
      }
      form={(done) => (
        <EditDataProtectionForm contract={c} label={t('contracts.editSection', { section: title })} onDone={done} />
      )}
    />
  );
}
