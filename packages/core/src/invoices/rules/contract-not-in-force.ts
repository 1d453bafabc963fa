import { multiplyRatio, ratio } from '../../money/ratio.js';
import { addDays } from '../../time/calendar-math.js';
import { formatDanishDate } from '../../time/danish-date.js';
import { exact, exactToOre } from '../exact.js';
import { days, deviation, kr, type LineRule, lineLabel, maxDate, minDate, periodText } from './invoice-rule.js';

/**
 * contract_not_in_force (error; on a credit note a warning without an amount): the share of the line amount for the
 * days of the line's period (line, else invoice period, else issue date) before inForceFrom or after endsOn, pro rata
 * by days.
 */
export const contractNotInForce: LineRule = ({ contract, credit }, { line, element, days: { start, end } }) => {
  const before =
    contract.inForceFrom !== null && start < contract.inForceFrom
      ? days(start, minDate(end, addDays(contract.inForceFrom, -1)))
      : 0;
  const after = contract.endsOn !== null && end > contract.endsOn ? days(maxDate(start, addDays(contract.endsOn, 1)), end) : 0;
  if (before + after === 0) return null;
  const total = days(start, end);
  const share = multiplyRatio(exact(line.lineAmount), ratio(before + after, total));
  const term = `${contract.inForceFrom ? formatDanishDate(contract.inForceFrom) : 'start'} – ${contract.endsOn ? formatDanishDate(contract.endsOn) : 'uden slutdato'}`;
  return deviation(
    'contract_not_in_force',
    credit ? 'warning' : 'error',
    line.id,
    credit ? null : exactToOre(share),
    { start, end, daysOutside: String(before + after), days: String(total), amount: kr(share), contractTerm: term },
    `${lineLabel(line, element)}: perioden ${periodText(start, end)} ligger ${before + after === total ? '' : 'delvis '}uden for kontraktens løbetid ${term} (${before + after} af ${total} dage).${credit ? '' : ` Beløb for dagene uden for kontrakten: ${kr(share)}`}`,
  );
};
