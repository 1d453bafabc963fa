import type { OptionValue } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { entityAuditQuery } from '../../api/audit.ts';
import { membersQuery } from '../../api/members.ts';
import { HistorySection } from '../audit/HistorySection.tsx';

type Props = { organisationId: string; supplierId: string; classifications: readonly OptionValue[] };

/** The supplier's most recent audit events: who created and changed it, field by field. */
export function SupplierHistory({ organisationId, supplierId, classifications }: Props) {
  const { t } = useTranslation();
  const history = useQuery(entityAuditQuery(organisationId, 'supplier', supplierId));
  const members = useQuery(membersQuery(organisationId));
  const names = new Map([
    ...(members.data?.items ?? []).map((m) => [m.userId, m.name] as const),
    ...classifications.map((c) => [c.key, c.label] as const),
  ]);

  return (
    <HistorySection
      id="supplier-history-heading"
      heading={t('suppliers.historyHeading')}
      caption={t('suppliers.historyCaption')}
      none={t('suppliers.historyNone')}
      more={t('suppliers.historyMore')}
      history={history}
      names={names}
      object={{ entityType: 'supplier', entityId: supplierId }}
    />
  );
}
