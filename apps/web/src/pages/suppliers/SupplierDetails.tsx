import type { OptionValue, Supplier } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

type Props = { supplier: Supplier; classifications: readonly OptionValue[] };

export function SupplierDetails({ supplier: s, classifications }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const classification = classifications.find((c) => c.key === s.classification);
  const address = [s.street, [s.postalCode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <dl className="summary-list">
      <dt>{t('suppliers.fields.country')}</dt>
      <dd>{format.country(s.country)}</dd>
      {s.country === 'DK' ? (
        <>
          <dt>{t('suppliers.fields.cvr')}</dt>
          <dd>{s.cvr ?? '–'}</dd>
        </>
      ) : (
        <>
          <dt>{t('suppliers.fields.foreignId')}</dt>
          <dd>{s.foreignId ?? '–'}</dd>
        </>
      )}
      <dt>{t('suppliers.fields.street')}</dt>
      <dd>{address || '–'}</dd>
      <dt>{t('suppliers.fields.classification')}</dt>
      <dd>
        {classification
          ? classification.disabled
            ? t('suppliers.disabledValue', { label: classification.label })
            : classification.label
          : (s.classification ?? '–')}
      </dd>
      <dt>{t('suppliers.fields.notes')}</dt>
      <dd className="notes">{s.notes ?? '–'}</dd>
      <dt>{t('suppliers.createdAt')}</dt>
      <dd>{format.dateTime(s.createdAt)}</dd>
      <dt>{t('suppliers.updatedAt')}</dt>
      <dd>{format.dateTime(s.updatedAt)}</dd>
    </dl>
  );
}
