import type { ContractDetails } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { subjectAuditQuery } from '../../api/audit.ts';
import { membersQuery } from '../../api/members.ts';
import { unitsQuery } from '../../api/organisations.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { HistorySection } from '../audit/HistorySection.tsx';

/** The contract's history together with its price elements, options and responsibilities, newest first. */
export function ContractHistory({ contract: c }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const history = useQuery(subjectAuditQuery(c.organisationId, c.id));
  const members = useQuery(membersQuery(c.organisationId)).data?.items ?? [];
  const units = useQuery(unitsQuery(c.organisationId)).data?.items ?? [];
  const lists = useOptionLists(c.organisationId).data?.lists ?? {};
  const related = [...(c.parent ? [c.parent] : []), ...c.children];
  const names = new Map<string, string>([
    ...Object.values(lists).flatMap((values) => values.map((v) => [v.key, v.label] as const)),
    ...members.map((m) => [m.userId, m.name] as const),
    ...units.map((u) => [u.id, u.name] as const),
    ...[c, ...related].map((r) => [r.id, `${r.number} ${r.name}`] as const),
    ...(c.supplierId && c.supplierName ? [[c.supplierId, c.supplierName] as const] : []),
  ]);
  return (
    <HistorySection
      id="contract-history"
      heading={t('contracts.sections.history')}
      caption={t('contracts.history.caption')}
      none={t('contracts.history.none')}
      more={t('contracts.history.more')}
      history={history}
      names={names}
      object={{ entityType: 'contract', entityId: c.id }}
    />
  );
}
