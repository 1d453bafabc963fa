import type { AssignContractRequest, InvoiceDetail } from '@overblik/api';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignInvoiceContract } from '../../api/invoices.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { InvoiceContractField } from './InvoiceContractField.tsx';
import { useInvoiceChange } from './useInvoiceChange.ts';

type Props = { organisationId: string; invoice: InvoiceDetail };
type Choice = 'contract' | 'outside';

/** The least a reason for buying outside contract must say (the server's rule). */
const MIN_REASON = 3;

/**
 * "Kontrakt": knyt fakturaen til en af organisationens kontrakter (and remember its order reference for later
 * invoices), mark it as bought outside contract with a reason, or go back to the automatic match.
 */
export function AssignContractSection({ organisationId, invoice: i }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>(i.outsideContract ? 'outside' : 'contract');
  const [contractId, setContractId] = useState(i.contractId ?? '');
  const [remember, setRemember] = useState(false);
  const [reason, setReason] = useState(i.outsideContractReason ?? '');
  const [local, setLocal] = useState<{ contractId?: string; reason?: string }>({});
  const assign = useInvoiceChange(organisationId, (body: AssignContractRequest) =>
    assignInvoiceContract(organisationId, i.id, body),
  );
  // The form follows the invoice when it changes (saved here, or matched again automatically).
  useEffect(() => {
    setChoice(i.outsideContract ? 'outside' : 'contract');
    setContractId(i.contractId ?? '');
    setReason(i.outsideContractReason ?? '');
  }, [i.outsideContract, i.contractId, i.outsideContractReason]);
  const current = i.contractId ? { id: i.contractId, number: i.contractNumber, name: i.contractName } : null;
  const manual = i.assignedContractId !== null || i.outsideContract;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice === 'contract') {
      if (!contractId) {
        setLocal({ contractId: t('invoices.assign.contractRequired') });
        document.getElementById('invoice-contract')?.focus();
        return;
      }
      setLocal({});
      assign.mutate({ contractId, ...(remember && i.orderReference ? { rememberOrderReference: true } : {}) });
    } else {
      if (reason.trim().length < MIN_REASON) {
        setLocal({ reason: t('invoices.assign.reasonRequired') });
        document.getElementById('invoice-outside-reason')?.focus();
        return;
      }
      setLocal({});
      assign.mutate({ outsideContract: true, reason: reason.trim() });
    }
  }

  const serverField = (field: string) => fieldError(assign.error, field);
  return (
    <section aria-labelledby="invoice-contract-heading" className="mt-7">
      <h2 id="invoice-contract-heading">{t('invoices.assign.heading')}</h2>
      <p>{t('invoices.assign.intro')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="invoice-contract-heading">
        <ErrorAlert error={serverField('contractId') || serverField('reason') ? null : assign.error} />
        <RadioGroup
          name="invoice-contract-choice"
          legend={t('invoices.assign.choice')}
          value={choice}
          onChange={(value) => setChoice(value === 'outside' ? 'outside' : 'contract')}
          options={[
            { value: 'contract', label: t('invoices.assign.toContract') },
            { value: 'outside', label: t('invoices.assign.outside') },
          ]}
        />
        {choice === 'contract' ? (
          <>
            <InvoiceContractField
              organisationId={organisationId}
              value={contractId}
              onChange={setContractId}
              current={current}
              error={local.contractId ?? serverField('contractId')}
            />
            {i.orderReference ? (
              <CheckboxField
                id="invoice-remember-order"
                label={t('invoices.assign.rememberOrder', { reference: i.orderReference })}
                hint={t('invoices.assign.rememberOrderHint')}
                checked={remember}
                onChange={(e) => setRemember(e.target.checked)}
              />
            ) : null}
          </>
        ) : (
          <TextAreaField
            id="invoice-outside-reason"
            label={t('invoices.assign.reason')}
            hint={t('invoices.assign.reasonHint')}
            rows={3}
            maxLength={2000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={local.reason ?? serverField('reason')}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={assign.isPending}>
            {choice === 'contract' ? t('invoices.assign.saveContract') : t('invoices.assign.saveOutside')}
          </button>
          {manual ? (
            <button
              type="button"
              className="button button-tertiary"
              disabled={assign.isPending}
              onClick={() => {
                setLocal({});
                assign.mutate({ contractId: null });
              }}
            >
              {t('invoices.assign.automatic')}
            </button>
          ) : null}
        </div>
        <p role="status" className="form-hint">
          {assign.isSuccess ? t('invoices.assign.saved') : ''}
        </p>
      </form>
    </section>
  );
}
