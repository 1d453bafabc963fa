import type { InvoiceLine } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { isCommonUnitCode } from '../contracts/unitCodes.ts';
import { DeviationLabel } from './DeviationLabel.tsx';
import { bySeverity } from './invoiceRules.ts';
import { LinePriceElementForm } from './LinePriceElementForm.tsx';
import { SeverityTag } from './SeverityTag.tsx';

type Props = {
  organisationId: string;
  invoiceId: string;
  currency: string;
  line: InvoiceLine;
  /** The contract whose price elements the line can be matched to by hand; null when it may not be changed. */
  editableContractId: string | null;
  /** How many columns the table has (the form to choose a price element spans them all). */
  columns: number;
};

/**
 * One invoice line next to the contract price element it was matched to, and what the check found on it (in short:
 * the full text is in the deviations table). The server's explanations are Danish in either language, so they are
 * marked `lang="da"` for screen readers.
 */
export function InvoiceLineRow({ organisationId, invoiceId, currency, line: l, editableContractId, columns }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { editing, setEditing, editButton } = useEditToggle();
  if (editing && editableContractId) {
    return (
      <tr>
        <td colSpan={columns}>
          <LinePriceElementForm
            organisationId={organisationId}
            invoiceId={invoiceId}
            contractId={editableContractId}
            line={l}
            onDone={() => setEditing(false)}
          />
        </td>
      </tr>
    );
  }
  const unit = (code: string | null) => (code && isCommonUnitCode(code) ? t(`contracts.unitCodes.${code}`) : code);
  const e = l.priceElement;
  const uncertain = l.match !== 'none' && !l.matchCertain;
  return (
    <tr>
      <th scope="row">{l.lineId}</th>
      <td>
        {l.itemName ?? '–'}
        {l.description && l.description !== l.itemName ? <span className="activity-detail">{l.description}</span> : null}
        {l.sellersItemId ? <span className="activity-detail">{t('invoices.lines.itemId', { id: l.sellersItemId })}</span> : null}
        {l.periodStart || l.periodEnd ? (
          <span className="activity-detail">
            {format.day(l.periodStart)} – {format.day(l.periodEnd)}
          </span>
        ) : null}
      </td>
      <td className="align-text-right nowrap">
        {format.decimal(l.quantity)} {unit(l.unitCode)}
      </td>
      <td className="align-text-right amount">{l.price ? format.decimal(l.price, 2) : '–'}</td>
      <td className="align-text-right amount">{format.decimal(l.lineAmount, 2)}</td>
      <td>
        {e ? (
          [e.number, e.name].filter(Boolean).join(' ')
        ) : (
          <span className="badge badge-warning">{t('invoices.lines.noElement')}</span>
        )}
        {editableContractId ? (
          <div className="mt-2">
            <button
              ref={editButton}
              type="button"
              className="button button-tertiary"
              aria-label={t('invoices.lines.chooseFor', { line: l.lineId })}
              onClick={() => setEditing(true)}
            >
              {t('invoices.lines.choose')}
            </button>
          </div>
        ) : null}
      </td>
      <td className="align-text-right amount">
        {e ? format.decimal(e.unitPrice, 2) : '–'}
        {e && e.unitCode !== l.unitCode ? (
          <span className="activity-detail">{t('invoices.lines.perUnit', { unit: unit(e.unitCode) })}</span>
        ) : null}
      </td>
      <td className="align-text-right amount">{l.allowedUnitPrice ? format.decimal(l.allowedUnitPrice, 2) : '–'}</td>
      <td>
        {t(`invoices.lineMatches.${l.match}`)}
        {uncertain ? (
          <>
            {' '}
            <span className="badge badge-warning contract-status">{t('invoices.lines.uncertain')}</span>
          </>
        ) : null}
        {l.matchExplanation ? (
          <details className="details mt-2">
            <summary className="details-summary">
              <span className="details-summary-text">{t('invoices.lines.why')}</span>
            </summary>
            <div className="details-text" lang="da">
              {l.matchExplanation}
            </div>
          </details>
        ) : null}
      </td>
      <td>
        {l.deviations.length === 0 ? (
          t('invoices.noDeviations')
        ) : (
          <ul className="unstyled-list m-0">
            {bySeverity(l.deviations).map((d, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same finding may be made twice on one line
              <li key={`${d.code}-${index}`} className={index > 0 ? 'mt-2' : undefined}>
                <SeverityTag severity={d.severity} /> <DeviationLabel deviation={d} />
                {d.amount ? <span className="activity-detail">{format.money(d.amount, currency)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
