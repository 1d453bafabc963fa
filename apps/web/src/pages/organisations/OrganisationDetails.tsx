import type { Organisation } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useKindLabel } from '../../lib/useKindLabel.ts';

export function OrganisationDetails({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  return (
    <dl className="summary-list">
      <dt>{t('organisations.kind')}</dt>
      <dd>{kindLabel(o.kind)}</dd>
      {o.municipalityCode ? (
        <>
          <dt>{t('organisations.municipalityCode')}</dt>
          <dd>{o.municipalityCode}</dd>
        </>
      ) : null}
      <dt>{t('organisations.cvr')}</dt>
      <dd>{o.cvr ?? '–'}</dd>
      <dt>{t('organisations.region')}</dt>
      <dd>{o.region ?? '–'}</dd>
    </dl>
  );
}
