import type { Ore } from '../money/ore.js';
import type { Ratio } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type {
  ContractForControl,
  ContractMatchStep,
  IndexValues,
  InvoicedBefore,
  LineMatchStep,
  PriceElementForControl,
} from './control-types.js';
import type { DecimalText, EInvoice, EInvoiceLine } from './document.js';
import { exact, exactToOre } from './exact.js';
import { type BuyerMatch, matchBuyer, matchContract, matchLine, type OrganisationForMatching } from './matching.js';
import { type AllowedUnitPrice, allowedUnitPrice } from './price-regulation.js';
import { comparablePriceFactor } from './unit-codes.js';

export type CheckInput = {
  doc: EInvoice;
  organisation: OrganisationForMatching;
  /** The organisation's supplier with the invoice's supplier CVR, found by the caller. */
  supplierId: string | null;
  /** Candidates: the supplier's contracts + any whose number equals a contract reference (+ a contract an order
   * reference or the controller's assignment points to). */
  contracts: ContractForControl[];
  orderReferences: { orderReference: string; contractId: string }[];
  /** The controller's decision overrides matching. */
  assignment: { contractId: string } | { outsideContract: true; reason: string } | null;
  /** Manual line matches override matchLine. */
  lineAssignments: { lineId: string; priceElementId: string }[];
  indexValues: IndexValues;
  /** Lines of other (not rejected) invoices and credit notes on the candidate contracts. */
  invoicedBefore: InvoicedBefore[];
  duplicateOf: { invoiceId: string; number: string } | null;
};

export type LineCheck = {
  lineId: string;
  priceElementId: string | null;
  step: LineMatchStep;
  certain: boolean;
  explanation: string;
  /** The element's allowed unit price (per the element's unit) on the line's first day, exact to 10 decimals. */
  allowedUnitPrice: DecimalText | null;
  /** The line amount, signed: a credit note's lines are negative. */
  amount: Ore;
};

export type ContractCheck = { contractId: string | null; step: ContractMatchStep; explanation: string };

/** The days a line is about; `explicit` when both ends are stated (on the line or the invoice). */
export type LineDays = { start: CalendarDate; end: CalendarDate; explicit: boolean };

/** One invoice line with what matching found for it. */
export type MatchedLine = {
  /** The line's position in the document (from 0). */
  index: number;
  line: EInvoiceLine;
  check: LineCheck;
  element: PriceElementForControl | null;
  allowed: AllowedUnitPrice | null;
  days: LineDays;
  /** Element units per line unit, null when the units cannot be compared. */
  unitFactor: Ratio | null;
};

/** What matching found: the buyer, the contract (its match and, when among the candidates, the contract) and the lines. */
export type InvoiceMatch = {
  buyer: BuyerMatch;
  contractMatch: ContractCheck;
  contract: ContractForControl | null;
  lines: MatchedLine[];
};

/** The days a line is about: its own period, else the invoice's, else the issue date; a missing end is the start. */
function lineDays(line: EInvoiceLine, doc: EInvoice): LineDays {
  const period = line.period ?? doc.period;
  const start = period?.start ?? period?.end ?? doc.issueDate;
  const end = period?.end ?? period?.start ?? doc.issueDate;
  return { start, end: end < start ? start : end, explicit: period?.start != null && period.end != null };
}

/**
 * The matching half of invoice control: the buyer (`matchBuyer`), the contract (the controller's `assignment`, else
 * `matchContract`) and each line's price element (`lineAssignments`, else `matchLine`) with the element's allowed unit
 * price on the line's first day. Does not read `invoicedBefore`, so a caller may match first, read the history of the
 * matched elements and then check (`checkMatchedInvoice`) with that history and this match.
 */
export function matchInvoice(input: CheckInput): InvoiceMatch {
  const { doc } = input;
  const sign = doc.kind === 'credit_note' ? -1n : 1n;
  const buyer = matchBuyer(doc.buyer, input.organisation);

  let contractMatch: ContractCheck;
  let contract: ContractForControl | null = null;
  const assignment = input.assignment;
  if (assignment !== null && 'contractId' in assignment) {
    contract = input.contracts.find((c) => c.id === assignment.contractId) ?? null;
    contractMatch = {
      contractId: assignment.contractId,
      step: 'manual',
      explanation: contract
        ? `Kontrakten ${contract.number} (${contract.name}) er valgt manuelt.`
        : 'Kontrakten er valgt manuelt (kontraktens oplysninger er ikke med i kontrollen).',
    };
  } else if (assignment !== null) {
    contractMatch = { contractId: null, step: 'manual', explanation: `Markeret som køb uden for kontrakt: ${assignment.reason}` };
  } else {
    contractMatch = matchContract(doc, input.contracts, input.supplierId, input.orderReferences);
    contract = input.contracts.find((c) => c.id === contractMatch.contractId) ?? null;
  }

  const manual = new Map(input.lineAssignments.map((a) => [a.lineId, a.priceElementId]));
  const lines = doc.lines.map((line, index): MatchedLine => {
    const amount = exactToOre(exact(line.lineAmount)) * sign;
    const lineSpan = lineDays(line, doc);
    const manualElement = contract?.priceElements.find((e) => e.id === manual.get(line.id));
    let match: { priceElementId: string | null; step: LineMatchStep; certain: boolean; explanation: string };
    if (contract === null) {
      match = {
        priceElementId: null,
        step: 'none',
        certain: false,
        explanation:
          contractMatch.contractId === null
            ? `Linje ${line.id}: fakturaen er ikke knyttet til en kontrakt, så linjen er ikke sammenholdt med priselementer.`
            : `Linje ${line.id}: kontraktens priselementer er ikke med i kontrollen, så linjen er ikke sammenholdt med dem.`,
      };
    } else if (manualElement) {
      match = {
        priceElementId: manualElement.id,
        step: 'manual',
        certain: true,
        explanation: `Linje ${line.id}: priselementet ${manualElement.number ? `${manualElement.number} (${manualElement.name})` : manualElement.name} er valgt manuelt.`,
      };
    } else {
      match = matchLine(line, contract);
    }
    const element = contract?.priceElements.find((e) => e.id === match.priceElementId) ?? null;
    const allowed =
      contract !== null && element !== null
        ? allowedUnitPrice(element.unitPrice, contract.priceRegulation, lineSpan.start, input.indexValues)
        : null;
    const unitFactor = element === null ? null : comparablePriceFactor(line.unitCode, element.unitCode);
    return {
      index,
      line,
      element,
      allowed,
      days: lineSpan,
      unitFactor,
      check: { lineId: line.id, ...match, allowedUnitPrice: allowed?.price ?? null, amount },
    };
  });
  return { buyer, contractMatch, contract, lines };
}
