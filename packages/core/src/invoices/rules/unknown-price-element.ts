import { exact, exactToOre } from '../exact.js';
import { deviation, kr, type LineRule, lineLabel } from './invoice-rule.js';

/** unknown_price_element (warning, the line amount; none on a credit note): no price element found for the line. */
export const unknownPriceElement: LineRule = ({ credit }, { line, element }) => {
  if (element !== null) return null;
  const lineAmount = exact(line.lineAmount);
  return deviation(
    'unknown_price_element',
    'warning',
    line.id,
    credit ? null : exactToOre(lineAmount),
    { amount: kr(lineAmount) },
    `${lineLabel(line, element)}: linjen kan ikke knyttes til et af kontraktens priselementer; den skal begynde med priselementets nummer.${credit ? '' : ` Beløb: ${kr(lineAmount)}`}`,
  );
};
