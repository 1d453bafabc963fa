import { multiplyRatio, ratio } from '../../money/ratio.js';
import { addDays } from '../../time/calendar-math.js';
import { formatDanishDate } from '../../time/danish-date.js';
import { exact, exactToOre } from '../exact.js';
import { days, deviation, kr, type LineRule, lineLabel, maxDate, minDate, periodText } from './invoice-rule.js';

/**
 * before_operations_start (error): a line on a confirmed recurring element for days before operationsStartOn (and
 * within the contract's term, so no day counts twice), pro rata by days — do not pay full operations before the
 * system runs. Not for credit notes.
 */
export const beforeOperationsStart: LineRule = ({ contract, credit }, { line, element, check, days: { start, end } }) => {
  const ops = contract.operationsStartOn;
  if (credit || ops === null || element === null || !check.certain || element.recurrence === 'one_off' || start >= ops) {
    return null;
  }
  const from = contract.inForceFrom !== null ? maxDate(start, contract.inForceFrom) : start;
  const to = minDate(end, addDays(ops, -1));
  const early = from <= to ? days(from, to) : 0;
  if (early === 0) return null;
  const total = days(start, end);
  const share = multiplyRatio(exact(line.lineAmount), ratio(early, total));
  return deviation(
    'before_operations_start',
    'error',
    line.id,
    exactToOre(share),
    { start, end, operationsStartOn: ops, daysBefore: String(early), days: String(total), amount: kr(share) },
    `${lineLabel(line, element)}: drift er faktureret for ${periodText(start, end)}, men driften starter først ${formatDanishDate(ops)} (${early} af ${total} dage før driftsstart). Beløb for dagene før driftsstart: ${kr(share)}`,
  );
};
