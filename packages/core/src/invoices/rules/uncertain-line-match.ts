import { deviation, type LineRule } from './invoice-rule.js';

/**
 * uncertain_line_match (info): the line's element is only suggested; the money checks wait for the controller to
 * confirm it (a line assignment).
 */
export const uncertainLineMatch: LineRule = (_, { line, element, check }) => {
  if (element === null || check.certain) return null;
  return deviation(
    'uncertain_line_match',
    'info',
    line.id,
    null,
    { priceElementId: element.id },
    `${check.explanation} Prisen kontrolleres, når priselementet er bekræftet.`,
  );
};
