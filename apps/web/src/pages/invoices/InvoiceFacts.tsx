import type { InvoiceDetail } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { invoiceXmlUrl } from '../../api/invoices.ts';
import { useFormat } from '../../lib/format.ts';
import { InvoiceContract } from './InvoiceContract.tsx';

const MATCH_KEYS = ['contract_reference', 'order_reference', 'only_active_contract', 'manual', 'none'] as const;
const SOURCES = ['web', 'api', 'cli', 'folder'] as const;

/** One fact of the summary list: its term and its description. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

type Props = { organisationId: string; invoice: InvoiceDetail };

/** The invoice's header as received and as matched: supplier, buyer, contract (and how it was found), dates, totals, file. */
export function InvoiceFacts({ organisationId, invoice: i }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: string | null) => format.money(value, i.currency);
  const buyer = [
    i.buyerName,
    i.buyerGln ? t('invoices.facts.ean', { ean: i.buyerGln }) : null,
    i.buyerCvr ? t('invoices.facts.cvrValue', { cvr: i.buyerCvr }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const match = MATCH_KEYS.find((k) => k === i.contractMatch) ?? 'none';
  const source = SOURCES.find((s) => s === i.source) ?? 'web';
  return (
    <dl className="summary-list">
      <Fact label={t('invoices.facts.kind')}>{t(`invoices.kinds.${i.kind}`)}</Fact>
      <Fact label={t('invoices.facts.supplier')}>
        {i.supplierId ? (
          <Link to="/leverandoerer/$supplierId" params={{ supplierId: i.supplierId }}>
            {i.supplierName ?? i.supplierCvr}
          </Link>
        ) : (
          <>
            {i.supplierName ?? '–'} <span className="activity-detail">{t('invoices.facts.unknownSupplier')}</span>
          </>
        )}
      </Fact>
      <Fact label={t('invoices.facts.supplierCvr')}>{i.supplierCvr ?? '–'}</Fact>
      <Fact label={t('invoices.facts.buyer')}>
        {buyer || '–'}
        {i.buyerUnitName ? <span className="activity-detail">{t('invoices.facts.unit', { name: i.buyerUnitName })}</span> : null}
        {i.buyerMatch ? (
          <span className="activity-detail" lang="da">
            {i.buyerMatch}
          </span>
        ) : null}
      </Fact>
      <Fact label={t('invoices.facts.buyerReference')}>{i.buyerReference ?? '–'}</Fact>
      <Fact label={t('invoices.facts.contract')}>
        <InvoiceContract invoice={i} withName />
        <span className="activity-detail">{t(`invoices.contractMatches.${match}`)}</span>
        {i.contractExplanation ? (
          <span className="activity-detail" lang="da">
            {i.contractExplanation}
          </span>
        ) : null}
        {i.outsideContractReason ? (
          <span className="activity-detail">{t('invoices.facts.outsideReason', { reason: i.outsideContractReason })}</span>
        ) : null}
      </Fact>
      <Fact label={t('invoices.facts.orderReference')}>{i.orderReference ?? '–'}</Fact>
      <Fact label={t('invoices.facts.contractReference')}>{i.contractReference ?? '–'}</Fact>
      <Fact label={t('invoices.facts.accountingCost')}>{i.accountingCost ?? '–'}</Fact>
      <Fact label={t('invoices.facts.issueDate')}>{format.day(i.issueDate)}</Fact>
      <Fact label={t('invoices.facts.period')}>
        {i.periodStart || i.periodEnd ? `${format.day(i.periodStart)} – ${format.day(i.periodEnd)}` : '–'}
      </Fact>
      <Fact label={t('invoices.facts.dueDate')}>{format.day(i.dueDate)}</Fact>
      <Fact label={t('invoices.facts.lineExtension')}>
        <span className="amount">{money(i.lineExtensionAmount)}</span>
      </Fact>
      {i.allowanceTotal ? <Fact label={t('invoices.facts.allowances')}>{money(i.allowanceTotal)}</Fact> : null}
      {i.chargeTotal ? <Fact label={t('invoices.facts.charges')}>{money(i.chargeTotal)}</Fact> : null}
      <Fact label={t('invoices.facts.tax')}>
        <span className="amount">{money(i.taxAmount)}</span>
      </Fact>
      <Fact label={t('invoices.facts.payable')}>
        <span className="amount weight-semibold">{money(i.payableAmount)}</span>
      </Fact>
      {i.billingReferences.length ? (
        <Fact label={t('invoices.facts.billingReferences')}>{i.billingReferences.join(', ')}</Fact>
      ) : null}
      {i.notes.length ? (
        <Fact label={t('invoices.facts.notes')}>
          <span className="notes">{i.notes.join('\n')}</span>
        </Fact>
      ) : null}
      <Fact label={t('invoices.facts.format')}>{[i.format, i.customizationId].filter(Boolean).join(' – ')}</Fact>
      <Fact label={t('invoices.facts.received')}>
        {t('invoices.facts.receivedValue', {
          at: format.dateTime(i.receivedAt),
          by: i.receivedBy,
          source: t(`invoices.sources.${source}`),
        })}
      </Fact>
      <Fact label={t('invoices.facts.checkedAt')}>{format.dateTime(i.checkedAt)}</Fact>
      <Fact label={t('invoices.facts.file')}>
        <a href={invoiceXmlUrl(organisationId, i.id)} download>
          {t('invoices.facts.download', { name: i.fileName ?? `${i.number}.xml` })}
        </a>{' '}
        <span className="activity-detail">{format.fileSize(i.sizeBytes)}</span>
      </Fact>
      <Fact label={t('invoices.facts.sha256')}>
        <code className="document-file-name">{i.sha256}</code>
      </Fact>
    </dl>
  );
}
