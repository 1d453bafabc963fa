import { exactText, exactToOre } from '../exact.js';
import { type DocumentRule, deviation, kr } from './invoice-rule.js';

/**
 * no_contract: no contract matched, "køb uden for kontrakt" — an error with the net amount (lines − allowances +
 * charges); on a credit note a warning without an amount; an info with the reason when the controller marked the
 * invoice as outside contract.
 */
export const noContract: DocumentRule = ({ input, match, credit, netTotal }) => {
  const { contractMatch } = match;
  if (contractMatch.contractId !== null) return null;
  const assignment = input.assignment;
  if (assignment !== null && 'outsideContract' in assignment) {
    return deviation(
      'no_contract',
      'info',
      null,
      null,
      { reason: assignment.reason },
      `Køb uden for kontrakt, godkendt af controlleren: ${assignment.reason}`,
    );
  }
  return deviation(
    'no_contract',
    credit ? 'warning' : 'error',
    null,
    credit ? null : exactToOre(netTotal),
    { netAmount: kr(netTotal), netAmountValue: exactText(netTotal), step: contractMatch.step },
    `Fakturaen kan ikke knyttes til en kontrakt (køb uden for kontrakt). ${contractMatch.explanation}${credit ? '' : ` Beløb uden moms: ${kr(netTotal)}`}`,
  );
};
