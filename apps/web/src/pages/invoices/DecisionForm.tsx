import type { InvoiceDecisionRequest, InvoiceDetail } from '@overblik/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideInvoice } from '../../api/invoices.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { commentRequired, DECISIONS, type Decision, needsContractToApprove } from './invoiceRules.ts';
import { useInvoiceChange } from './useInvoiceChange.ts';

type Props = { organisationId: string; invoice: InvoiceDetail };

const COMMENT_ID = 'invoice-decision-comment';
const CHOICE = 'invoice-decision';

/**
 * The IT controller's decision: Godkend, Bestrid or Afvis, with a comment — required to approve an invoice with
 * deviations and always to reject one. Disputing writes the text for the supplier. Nothing is chosen beforehand: the
 * person decides, and submitting without a choice says so at the choice.
 */
export function DecisionForm({ organisationId, invoice: i }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [choiceMissing, setChoiceMissing] = useState(false);
  const decide = useInvoiceChange(organisationId, (body: InvoiceDecisionRequest) => decideInvoice(organisationId, i.id, body));
  const required = decision !== null && commentRequired(decision, i.deviationCount);
  const blocked = decision !== null && needsContractToApprove(decision, i);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (decision === null) {
      setChoiceMissing(true);
      document.getElementById(`${CHOICE}-${DECISIONS[0]}`)?.focus();
      return;
    }
    if (blocked) return;
    if (required && !comment.trim()) {
      setMissing(true);
      document.getElementById(COMMENT_ID)?.focus();
      return;
    }
    setMissing(false);
    decide.mutate({ status: decision, comment: comment.trim() || null });
  }

  const hint =
    decision === null
      ? undefined
      : decision === 'rejected'
        ? t('invoices.decision.commentRejected')
        : decision === 'approved'
          ? required
            ? t('invoices.decision.commentDeviations')
            : t('invoices.decision.commentOptional')
          : t('invoices.decision.commentDisputed');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="invoice-decision-form-heading">
      <h3 id="invoice-decision-form-heading">{t('invoices.decision.formHeading')}</h3>
      <ErrorAlert error={fieldError(decide.error, 'comment') ? null : decide.error} />
      <RadioGroup
        name={CHOICE}
        legend={t('invoices.decision.choice')}
        value={decision ?? ''}
        onChange={(value) => {
          const next = DECISIONS.find((d) => d === value);
          if (next) setDecision(next);
          setMissing(false);
          setChoiceMissing(false);
        }}
        error={choiceMissing ? t('invoices.decision.choiceMissing') : undefined}
        options={DECISIONS.map((d) => ({ value: d, label: t(`invoices.decision.options.${d}`) }))}
      />
      {blocked ? (
        <Alert variant="warning" live={false} heading={t('invoices.decision.needsContract')}>
          <a href="#invoice-contract-heading">{t('invoices.decision.needsContractLink')}</a>
        </Alert>
      ) : null}
      <TextAreaField
        id={COMMENT_ID}
        label={required ? t('invoices.decision.commentRequired') : t('invoices.decision.comment')}
        hint={hint}
        rows={4}
        maxLength={5000}
        required={required}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={missing ? t('invoices.decision.commentMissing') : fieldError(decide.error, 'comment')}
      />
      <button type="submit" className="button button-primary" disabled={decide.isPending || blocked}>
        {decision === null ? t('invoices.decision.submitUndecided') : t(`invoices.decision.submit.${decision}`)}
      </button>
    </form>
  );
}
