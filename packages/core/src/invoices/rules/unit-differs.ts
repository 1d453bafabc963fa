import { unitName } from '../unit-codes.js';
import { deviation, type LineRule, lineLabel } from './invoice-rule.js';

/** unit_differs (info): a confirmed line's unit cannot be converted into the element's; price and quantity are not checked. */
export const unitDiffers: LineRule = (_, { line, element, check, unitFactor }) => {
  if (element === null || !check.certain || unitFactor !== null) return null;
  return deviation(
    'unit_differs',
    'info',
    line.id,
    null,
    { lineUnit: line.unitCode ?? '', elementUnit: element.unitCode },
    `${lineLabel(line, element)}: enheden ${unitName(line.unitCode)} (${line.unitCode ?? 'ingen'}) kan ikke sammenlignes med priselementets enhed ${unitName(element.unitCode)} (${element.unitCode}); pris og antal er ikke kontrolleret.`,
  );
};
