import type { AssignLineRequest, InvoiceLine } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractQuery } from '../../api/contracts.ts';
import { assignInvoiceLine } from '../../api/invoices.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFormat } from '../../lib/format.ts';
import { useInvoiceChange } from './useInvoiceChange.ts';

type Props = {
  organisationId: string;
  invoiceId: string;
  contractId: string;
  line: InvoiceLine;
  onDone: () => void;
};

/**
 * The price element of the contract an invoice line is for, chosen by hand (or back to the automatic match); the
 * supplier's item number can be remembered so later invoices match the same way.
 */
export function LinePriceElementForm({ organisationId, invoiceId, contractId, line, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const contract = useQuery(contractQuery(organisationId, contractId));
  const [elementId, setElementId] = useState(line.priceElement?.id ?? '');
  const [remember, setRemember] = useState(false);
  const assign = useInvoiceChange(organisationId, (body: AssignLineRequest) =>
    assignInvoiceLine(organisationId, invoiceId, line.lineId, body),
  );
  const currency = contract.data?.currency ?? 'DKK';
  const options = (contract.data?.priceElements ?? []).map((e) => ({
    value: e.id,
    label: `${[e.number, e.name].filter(Boolean).join(' ')} (${format.money(e.unitPrice, currency)})`,
  }));
  const id = `invoice-line-${line.position}`;
  return (
    <InlineEditForm
      label={t('invoices.lines.chooseFor', { line: line.lineId })}
      error={fieldError(assign.error, 'priceElementId') ? null : assign.error}
      pending={assign.isPending}
      onCancel={onDone}
      onSubmit={() =>
        assign.mutate(
          { priceElementId: elementId || null, ...(elementId && remember && line.sellersItemId ? { rememberItemId: true } : {}) },
          { onSuccess: onDone },
        )
      }
    >
      <SelectField
        id={`${id}-element`}
        label={t('invoices.lines.priceElementFor', { line: line.lineId })}
        value={elementId}
        onChange={(e) => setElementId(e.target.value)}
        options={[{ value: '', label: t('invoices.lines.automatic') }, ...options]}
        error={fieldError(assign.error, 'priceElementId')}
      />
      {line.sellersItemId ? (
        <CheckboxField
          id={`${id}-remember`}
          label={t('invoices.lines.rememberItem', { item: line.sellersItemId })}
          hint={t('invoices.lines.rememberItemHint')}
          checked={remember}
          disabled={!elementId}
          onChange={(e) => setRemember(e.target.checked)}
        />
      ) : null}
    </InlineEditForm>
  );
}
