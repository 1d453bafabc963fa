import type { ContractStatus } from '@overblik/api';
import { useTranslation } from 'react-i18next';

const VARIANTS: Record<ContractStatus, string> = {
  draft: 'badge badge-info',
  active: 'badge badge-success',
  under_termination: 'badge badge-warning',
  terminated: 'badge',
  expired: 'badge',
};

/** The derived status as a DKFDS status label (badge), in words: Kladde, Aktiv, Under opsigelse, Opsagt, Udløbet. */
export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return <span className={`${VARIANTS[status]} contract-status`}>{t(`contracts.statuses.${status}`)}</span>;
}
