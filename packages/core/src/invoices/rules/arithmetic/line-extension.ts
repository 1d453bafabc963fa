import { sumRatios } from '../../../money/ratio.js';
import { exact } from '../../exact.js';
import { compare, type TotalRule, totalCheck } from './figures.js';

/** arithmetic_total (line_extension): Σ line amounts = LineExtensionAmount (±0.01; BR-CO-10, OIOUBL F-INV126). */
export const lineExtensionAddsUp: TotalRule = ({ doc, oioubl, tolerances, lineExtension }) =>
  compare(
    lineExtension,
    [sumRatios(doc.lines.map((l) => exact(l.lineAmount)))],
    tolerances.lineSum,
    totalCheck(
      'line_extension',
      oioubl ? 'F-INV126' : 'BR-CO-10',
      (f) => `Summen af linjebeløbene er ${f.expected}, men fakturaens linjetotal er ${f.found} (forskel ${f.difference}).`,
    ),
  );
