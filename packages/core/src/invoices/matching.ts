import { normaliseCvr } from '../identifiers/cvr.js';
import { formatKroner } from '../money/kroner-format.js';
import {
  absRatio,
  compareRatio,
  divideRatio,
  isZeroRatio,
  RATIO_ONE,
  type Ratio,
  sameRatio,
  subtractRatio,
} from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { formatDanishDate } from '../time/danish-date.js';
import type { ContractForControl, ContractMatchStep, LineMatchStep, PriceElementForControl } from './control-types.js';
import type { EInvoice, EInvoiceLine, EInvoiceParty } from './document.js';
import { exact, exactToOre } from './exact.js';
import { comparablePriceFactor } from './unit-codes.js';

export type OrganisationForMatching = { cvr: string | null; units: { id: string; ean: string | null }[] };

export type BuyerMatch = { matched: boolean; unitId: string | null; by: 'buyer_gln' | 'buyer_cvr' | null; explanation: string };

const GLN = /^\d{13}$/;

/** The buyer's 13-digit location numbers: its GLN, then any 13-digit endpoint or party identifier. */
function buyerGlns(buyer: EInvoiceParty): string[] {
  const values = [buyer.gln, buyer.endpoint?.value ?? null, ...buyer.identifiers.map((id) => id.value)];
  return [...new Set(values.map((v) => v?.trim() ?? '').filter((v) => GLN.test(v)))];
}

/**
 * Whether an invoice is addressed to the organisation: first the buyer's EAN/GLN location number (cbc:EndpointID,
 * or a 13-digit party identifier) equal to one of its units' EAN numbers (that unit is the result), else the buyer's
 * CVR number equal to the organisation's (no unit). The explanation is Danish and names the unit by id only; the
 * server puts in names.
 */
export function matchBuyer(buyer: EInvoiceParty, organisation: OrganisationForMatching): BuyerMatch {
  const glns = buyerGlns(buyer);
  for (const gln of glns) {
    const unit = organisation.units.find((u) => u.ean?.trim() === gln);
    if (unit) {
      return {
        matched: true,
        unitId: unit.id,
        by: 'buyer_gln',
        explanation: `Modtagerens EAN-nummer ${gln} er EAN-nummeret på enheden ${unit.id}.`,
      };
    }
  }
  const buyerCvr = buyer.cvr === null ? '' : normaliseCvr(buyer.cvr);
  const ownCvr = organisation.cvr === null ? '' : normaliseCvr(organisation.cvr);
  if (buyerCvr !== '' && buyerCvr === ownCvr) {
    return {
      matched: true,
      unitId: null,
      by: 'buyer_cvr',
      explanation: `Modtagerens CVR-nummer ${buyerCvr} er organisationens CVR-nummer${glns.length > 0 ? `, men EAN-nummeret ${glns.join(', ')} tilhører ingen af dens enheder` : ''}.`,
    };
  }
  const named = [
    glns.length > 0 ? `EAN-nummer ${glns.join(', ')}` : null,
    buyerCvr !== '' ? `CVR-nummer ${buyerCvr}` : null,
  ].filter((x): x is string => x !== null);
  return {
    matched: false,
    unitId: null,
    by: null,
    explanation:
      named.length > 0
        ? `Fakturaen er ikke adresseret til organisationen: modtagerens ${named.join(' og ')} hører ikke til organisationen.`
        : 'Fakturaen er ikke adresseret til organisationen: modtageren har hverken EAN-nummer eller CVR-nummer.',
  };
}

export type ContractMatch = { contractId: string | null; step: ContractMatchStep; explanation: string };

const key = (text: string | null | undefined) => text?.trim().toLocaleLowerCase('da') ?? '';

/** The days an invoice is about: its period (a missing end is the start and vice versa), else its issue date. */
export function invoiceDays(doc: EInvoice): { start: CalendarDate; end: CalendarDate } {
  const start = doc.period?.start ?? doc.period?.end ?? doc.issueDate;
  const end = doc.period?.end ?? doc.period?.start ?? doc.issueDate;
  return end < start ? { start, end: start } : { start, end };
}

/** Whether a contract is in force on at least one day from start to end (a missing start or end is open). */
export function inForceDuring(contract: ContractForControl, start: CalendarDate, end: CalendarDate): boolean {
  return (contract.inForceFrom === null || contract.inForceFrom <= end) && (contract.endsOn === null || contract.endsOn >= start);
}

/**
 * The contract an invoice belongs to, in this order, each step explained in Danish:
 * (a) contract_reference: a ContractDocumentReference equal to a candidate's contract number (trimmed, case-insensitive;
 *     any candidate, also another supplier's; among equal numbers the supplier's own contract wins);
 * (b) order_reference: the invoice's order reference is mapped to a candidate contract (`orderReferences`; mappings to
 *     contracts that are not among the candidates are ignored, so the caller passes the mapped contracts too);
 * (c) only_active_contract: the supplier (`supplierId`) has exactly one candidate contract in force on at least one day
 *     of the invoice period (doc.period, else the issue date); with several, none is chosen ("flere aktive kontrakter");
 * (d) none.
 */
export function matchContract(
  doc: EInvoice,
  candidates: ContractForControl[],
  supplierId: string | null,
  orderReferences: { orderReference: string; contractId: string }[],
): ContractMatch {
  for (const reference of doc.contractReferences) {
    const same = candidates.filter((c) => key(c.number) !== '' && key(c.number) === key(reference));
    const contract = same.find((c) => supplierId !== null && c.supplierId === supplierId) ?? same[0];
    if (contract) {
      return {
        contractId: contract.id,
        step: 'contract_reference',
        explanation: `Fakturaens kontraktreference "${reference.trim()}" er nummeret på kontrakten ${contract.number} (${contract.name}).`,
      };
    }
  }
  if (doc.orderReference !== null && key(doc.orderReference) !== '') {
    const mapping = orderReferences.find((m) => key(m.orderReference) === key(doc.orderReference));
    const contract = mapping ? candidates.find((c) => c.id === mapping.contractId) : undefined;
    if (contract) {
      return {
        contractId: contract.id,
        step: 'order_reference',
        explanation: `Fakturaens ordrereference "${doc.orderReference.trim()}" er knyttet til kontrakten ${contract.number} (${contract.name}).`,
      };
    }
  }
  const { start, end } = invoiceDays(doc);
  const when = start === end ? formatDanishDate(start) : `${formatDanishDate(start)} – ${formatDanishDate(end)}`;
  const active = supplierId === null ? [] : candidates.filter((c) => c.supplierId === supplierId && inForceDuring(c, start, end));
  const only = active.length === 1 ? active[0] : undefined;
  if (only) {
    return {
      contractId: only.id,
      step: 'only_active_contract',
      explanation: `Fakturaen har ingen kontraktreference, der svarer til en kontrakt, men leverandøren har kun én aktiv kontrakt (${when}): ${only.number} (${only.name}).`,
    };
  }
  if (active.length > 1) {
    return {
      contractId: null,
      step: 'none',
      explanation: `Leverandøren har flere aktive kontrakter (${when}): ${active.map((c) => c.number).join(', ')}. Fakturaen har ingen kontraktreference, der afgør hvilken; vælg kontrakten manuelt.`,
    };
  }
  const reasons = [
    doc.contractReferences.length === 0
      ? 'fakturaen har ingen kontraktreference'
      : `kontraktreferencen ${doc.contractReferences.map((r) => `"${r.trim()}"`).join(', ')} svarer ikke til en kontrakt`,
    doc.orderReference === null ? null : `ordrereferencen "${doc.orderReference.trim()}" er ikke knyttet til en kontrakt`,
    supplierId === null ? 'leverandøren er ikke kendt' : `leverandøren har ingen aktiv kontrakt (${when})`,
  ].filter((x): x is string => x !== null);
  return { contractId: null, step: 'none', explanation: `Ingen kontrakt fundet: ${reasons.join(', ')}.` };
}

export type LineMatch = { priceElementId: string | null; step: LineMatchStep; certain: boolean; explanation: string };

/** Characters that may follow a price element number at the start of a line ("1.2 Licens", "1.2: …", "1.2) …"). */
const BOUNDARY = /^(?:$|\s|[:\-–—);/]|[.,](?!\d))/u;

/** The element whose number the text starts with (longest number first), trimmed and case-insensitive. */
function elementByNumberPrefix(text: string, elements: readonly PriceElementForControl[]): PriceElementForControl | null {
  const lower = text.trimStart().toLocaleLowerCase('da');
  const numbered = elements.filter((e) => key(e.number) !== '').sort((a, b) => key(b.number).length - key(a.number).length);
  for (const element of numbered) {
    const number = key(element.number);
    if (lower.startsWith(number) && BOUNDARY.test(lower.slice(number.length))) return element;
  }
  return null;
}

const STOP_WORDS = new Set([
  'og',
  'i',
  'af',
  'til',
  'for',
  'pr',
  'per',
  'med',
  'på',
  'en',
  'et',
  'den',
  'det',
  'de',
  'om',
  'fra',
  'the',
  'of',
  'and',
]);

/**
 * Lower-case words of letters and digits (Danish letters kept), without one-letter words and short stop words:
 * "Licens pr. bruger" → licens, bruger.
 */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w) && w.length > 1);
}

/** The minimum share of a price element's name words found in the line text for a suggested match. */
export const SUGGESTION_THRESHOLD = 0.5;

function lineText(line: EInvoiceLine): string {
  return [line.itemName, line.description, line.note].filter((t): t is string => t !== null && t.trim() !== '').join(' ');
}

/** The line's net price per invoiced unit (price ÷ base quantity), null without a price. */
export function lineUnitPrice(line: EInvoiceLine): Ratio | null {
  if (line.price === null) return null;
  const base = line.baseQuantity === null || isZeroRatio(exact(line.baseQuantity)) ? RATIO_ONE : exact(line.baseQuantity);
  return divideRatio(exact(line.price), base);
}

function suggestion(line: EInvoiceLine, elements: readonly PriceElementForControl[]) {
  const words = new Set(wordsOf(lineText(line)));
  if (words.size === 0) return null;
  const price = lineUnitPrice(line);
  const scored = elements
    .map((element, order) => {
      const nameWords = [...new Set(wordsOf(element.name))];
      const common = nameWords.filter((w) => words.has(w));
      const score = nameWords.length === 0 ? 0 : common.length / nameWords.length;
      const factor = comparablePriceFactor(line.unitCode, element.unitCode);
      const distance =
        price !== null && factor !== null ? absRatio(subtractRatio(divideRatio(price, factor), exact(element.unitPrice))) : null;
      const unitRank = factor === null ? 2 : sameRatio(factor, RATIO_ONE) ? 0 : 1;
      return { element, order, score, common, unitRank, distance };
    })
    .filter((s) => s.score >= SUGGESTION_THRESHOLD)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.unitRank - b.unitRank ||
        (a.distance === null ? 1 : 0) - (b.distance === null ? 1 : 0) ||
        (a.distance !== null && b.distance !== null ? compareRatio(a.distance, b.distance) : 0) ||
        a.order - b.order,
    );
  return scored[0] ?? null;
}

const elementLabel = (e: PriceElementForControl) => (e.number ? `${e.number} (${e.name})` : e.name);

/**
 * The contract price element an invoice line is for, in this order, each explained in Danish:
 * (a) price_element_number (certain): the line text — its item name, then description, then note — starts with an
 *     element's number followed by a boundary (end of text, whitespace, ':', '-', '–', '.', ')', ',', ';' or '/'), longer
 *     numbers tried first so "1.2" wins over "1"; a '.' or ',' followed by a digit is no boundary, so "1.2 Licens" does
 *     not match element "1" when the contract has no "1.2"; or the seller's item id equals an element number;
 * (b) sellers_item_id (certain): the seller's item id, else the standard item id, is mapped to an element in
 *     contract.itemMappings;
 * (c) suggested (not certain): the element whose name's words (lower case, Danish letters kept, without short stop words)
 *     are most found among the line text's words, when at least SUGGESTION_THRESHOLD (half) of them are; ties go to
 *     the same (or an equivalent) unit code, then a convertible one (MON/ANN), then the unit price closest to the
 *     line's (in the element's unit), then the contract's order;
 * (d) none.
 */
export function matchLine(line: EInvoiceLine, contract: ContractForControl): LineMatch {
  const elements = contract.priceElements;
  const texts: [string, string | null][] = [
    ['varenavnet', line.itemName],
    ['beskrivelsen', line.description],
    ['linjebemærkningen', line.note],
  ];
  for (const [where, text] of texts) {
    if (text === null || text.trim() === '') continue;
    const element = elementByNumberPrefix(text, elements);
    if (element) {
      return {
        priceElementId: element.id,
        step: 'price_element_number',
        certain: true,
        explanation: `Linje ${line.id}: ${where} begynder med priselementets nummer ${elementLabel(element)}.`,
      };
    }
  }
  const sellersItemId = key(line.sellersItemId);
  if (sellersItemId !== '') {
    const element = elements.find((e) => key(e.number) === sellersItemId);
    if (element) {
      return {
        priceElementId: element.id,
        step: 'price_element_number',
        certain: true,
        explanation: `Linje ${line.id}: leverandørens varenummer er priselementets nummer ${elementLabel(element)}.`,
      };
    }
  }
  const ids: [string, string][] = [
    ['leverandørens varenummer', sellersItemId],
    ['standardvarenummeret', key(line.standardItemId?.value)],
  ];
  for (const [what, id] of ids) {
    if (id === '') continue;
    const mapping = contract.itemMappings.find((m) => key(m.itemId) === id);
    const element = mapping ? elements.find((e) => e.id === mapping.priceElementId) : undefined;
    if (element) {
      return {
        priceElementId: element.id,
        step: 'sellers_item_id',
        certain: true,
        explanation: `Linje ${line.id}: ${what} ${id} er knyttet til priselementet ${elementLabel(element)}.`,
      };
    }
  }
  const best = suggestion(line, elements);
  if (best) {
    const price = exact(best.element.unitPrice);
    return {
      priceElementId: best.element.id,
      step: 'suggested',
      certain: false,
      explanation: `Linje ${line.id}: forslag — linjeteksten ligner priselementet ${elementLabel(best.element)} (fælles ord: ${best.common.join(', ')}; kontraktpris ${formatKroner(exactToOre(price))}). Bekræft eller vælg et andet priselement.`,
    };
  }
  return {
    priceElementId: null,
    step: 'none',
    certain: false,
    explanation: `Linje ${line.id}: linjen begynder ikke med et priselements nummer, og dens varenummer er ikke knyttet til kontraktens priselementer.`,
  };
}
