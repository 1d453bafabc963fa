import type { Contract } from '@overblik/api';
import { useTranslation } from 'react-i18next';

export function ExitDetails({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list">
      <dt>{t('contracts.fields.exitClause')}</dt>
      <dd className="notes">{c.exitClause ?? '–'}</dd>
      <dt>{t('contracts.fields.dataReturn')}</dt>
      <dd className="notes">{c.dataReturn ?? '–'}</dd>
      <dt>{t('contracts.fields.archivingDuty')}</dt>
      <dd className="notes">{c.archivingDuty ?? '–'}</dd>
      <dt>{t('contracts.fields.transferability')}</dt>
      <dd>{c.transferability ? t(`contracts.transferabilities.${c.transferability}`) : '–'}</dd>
      <dt>{t('contracts.fields.transferabilityNote')}</dt>
      <dd className="notes">{c.transferabilityNote ?? '–'}</dd>
    </dl>
  );
}
