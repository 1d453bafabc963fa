import type { CollaborationLevel } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { EscalateForm } from './EscalateForm.tsx';
import { EscalationsTable } from './EscalationsTable.tsx';

type Props = {
  organisationId: string;
  supplierId: string;
  supplierName: string;
  levels: readonly CollaborationLevel[];
  canWrite: boolean;
};

/** A supplier's escalations in its collaboration organisation, and the form to escalate an issue. */
export function SupplierEscalations({ organisationId, supplierId, supplierName, levels, canWrite }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id="supplier-escalations-heading">{t('escalations.heading')}</h3>
      <EscalationsTable
        organisationId={organisationId}
        query={{ supplierId }}
        caption={t('escalations.supplierCaption', { name: supplierName })}
        canWrite={canWrite}
      />
      {canWrite ? (
        <details className="mt-5">
          <summary>{t('escalations.escalateIssue')}</summary>
          <EscalateForm organisationId={organisationId} origin={{ supplierId }} levels={levels} />
        </details>
      ) : null}
    </>
  );
}
