import type { InvoiceDetail } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { decideInvoice } from '../../api/invoices.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DisputeText } from './DisputeText.tsx';
import { InvoiceStatusTag } from './InvoiceStatusTag.tsx';
import { isUndecided } from './invoiceRules.ts';
import { useInvoiceChange } from './useInvoiceChange.ts';

type Props = { organisationId: string; invoice: InvoiceDetail; canAdminister: boolean };

/**
 * "Afgørelse": who decided what and when, the text for the supplier of a disputed invoice, and the decision form for
 * those who may decide (administrators and the contract's IT controller); others are told why they cannot.
 */
export function DecisionSection({ organisationId, invoice: i, canAdminister }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const reopen = useInvoiceChange(organisationId, () => decideInvoice(organisationId, i.id, { status: 'checked' }));
  const open = isUndecided(i.status);
  return (
    <section aria-labelledby="invoice-decision" className="mt-7">
      <h2 id="invoice-decision">{t('invoices.decision.heading')}</h2>
      {i.decidedAt ? (
        <dl className="summary-list">
          <dt>{t('invoices.decision.status')}</dt>
          <dd>
            <InvoiceStatusTag status={i.status} />
          </dd>
          <dt>{t('invoices.decision.decidedBy')}</dt>
          <dd>{i.decidedBy ?? '–'}</dd>
          <dt>{t('invoices.decision.decidedAt')}</dt>
          <dd>{format.dateTime(i.decidedAt)}</dd>
          <dt>{t('invoices.decision.decisionComment')}</dt>
          <dd className="notes">{i.decisionComment ?? '–'}</dd>
        </dl>
      ) : (
        <p>{t('invoices.decision.notDecided')}</p>
      )}
      {i.disputeText ? <DisputeText text={i.disputeText} /> : null}
      {open && i.canDecide ? (
        <div className="mt-5">
          <DecisionForm key={i.status} organisationId={organisationId} invoice={i} />
        </div>
      ) : null}
      {open && !i.canDecide ? (
        <Alert variant="info" live={false} heading={t('invoices.decision.cannotDecide')}>
          {t('invoices.decision.cannotDecideText')}
        </Alert>
      ) : null}
      {canAdminister && i.status !== 'received' && i.status !== 'checked' ? (
        <div className="mt-5">
          <ErrorAlert error={reopen.error} />
          <ConfirmAction
            label={t('invoices.decision.reopen')}
            question={t('invoices.decision.reopenQuestion')}
            confirmLabel={t('invoices.decision.reopenConfirm')}
            pending={reopen.isPending}
            onConfirm={() => reopen.mutate(undefined)}
          />
        </div>
      ) : null}
    </section>
  );
}
