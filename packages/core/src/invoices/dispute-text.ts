import { formatKroner } from '../money/kroner-format.js';
import { formatDanishDate } from '../time/danish-date.js';
import type { InvoiceCheck } from './check-invoice.js';
import type { EInvoice } from './document.js';
import { invoiceKindWord } from './document-kind.js';

export type DisputeTextInput = {
  doc: EInvoice;
  check: InvoiceCheck;
  contractNumber: string | null;
  supplierName: string | null;
  organisationName: string;
  comment: string | null;
};

/**
 * A plain-text Danish letter disputing an invoice ("indsigelse"): which invoice (number, date, amount), that it has
 * been checked against the contract, a numbered list of every error and warning with its amount where there is one,
 * the total amount in question (the check's deviationAmount: `amountInQuestion` counts overlapping findings once and
 * never more than the invoice's amount excl. VAT), and a request for a credit note
 * (kreditnota) for that amount and a corrected invoice — or, when no amount is in question, for a corrected invoice.
 * Info findings are internal notes and are left out. Lines end in "\n"; the letter ends with the organisation's name.
 */
export function disputeText(input: DisputeTextInput): string {
  const { doc, check } = input;
  const credit = doc.kind === 'credit_note';
  const what = invoiceKindWord(doc.kind);
  const payable = check.totals.payable < 0n ? -check.totals.payable : check.totals.payable;
  const findings = check.deviations.filter((d) => d.severity !== 'info');
  const total = check.deviationAmount;
  const supplier = input.supplierName ?? doc.supplier.name ?? 'leverandøren';

  const lines: string[] = [
    `Til: ${supplier}`,
    `Fra: ${input.organisationName}`,
    '',
    `Vedrørende ${what} nr. ${doc.number} af ${formatDanishDate(doc.issueDate)} på ${formatKroner(payable)}`,
    '',
    input.contractNumber
      ? `Vi har kontrolleret ${what}en mod kontrakt ${input.contractNumber}.`
      : `Vi har kontrolleret ${what}en, men kan ikke knytte den til en kontrakt med jer.`,
  ];
  if (findings.length === 0) {
    lines.push('Kontrollen har ikke fundet forhold, der giver anledning til indsigelse.');
  } else {
    lines.push(
      `Kontrollen har fundet følgende ${findings.length === 1 ? 'forhold' : `${findings.length} forhold`}, som vi gør indsigelse mod:`,
      '',
    );
    findings.forEach((d, i) => {
      lines.push(`${i + 1}. ${d.text}`);
      if (d.amount !== null) lines.push(`   Beløb: ${formatKroner(d.amount)}`);
    });
    lines.push('', `Beløb i alt, som vi gør indsigelse mod: ${formatKroner(total)}`, '');
    if (credit) {
      lines.push('Vi beder jer rette kreditnotaen og sende en ny.');
    } else if (total > 0n) {
      lines.push(
        `Vi beder jer sende en kreditnota på ${formatKroner(total)} for faktura nr. ${doc.number}, eller kreditere fakturaen og sende en korrigeret faktura.`,
      );
    } else {
      lines.push(
        `Vi beder jer kreditere faktura nr. ${doc.number} og sende en korrigeret faktura, der opfylder kontraktens krav.`,
      );
    }
    if (!credit) lines.push('Fakturaen betales ikke, før forholdene er afklaret.');
  }
  if (input.comment !== null && input.comment.trim() !== '') lines.push('', `Bemærkning: ${input.comment.trim()}`);
  lines.push('', 'Med venlig hilsen', input.organisationName);
  return `${lines.join('\n')}\n`;
}
