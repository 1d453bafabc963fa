import {
  type CalendarDate as CoreCalendarDate,
  EARLIEST_DATE,
  LATEST_DATE,
  MAX_AMOUNT_ORE,
  oreToDecimalString,
} from '@overblik/core';
import Type from 'typebox';

/** The schemas of single values the registers share: days, amounts, exact decimals. */

/**
 * A calendar date, a day in Denmark. Declared core's `CalendarDate` (`Unsafe` changes only the static type, not
 * the JSON schema): a request that passed validation has the form `YYYY-MM-DD`.
 */
export const CalendarDate = Type.Unsafe<CoreCalendarDate>(
  Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
    formatMinimum: EARLIEST_DATE,
    formatMaximum: LATEST_DATE,
    description: `Calendar date YYYY-MM-DD (a day in Europe/Copenhagen), from ${EARLIEST_DATE} to ${LATEST_DATE}`,
  }),
);

/** An amount of money in kroner with at most two decimals, as a string so it stays exact (in answers). */
export const Money = Type.String({
  pattern: '^-?\\d{1,15}(\\.\\d{1,2})?$',
  description: 'Amount in the contract currency with at most two decimals, as a decimal string ("1234.50")',
});

const MAX_AMOUNT = oreToDecimalString(MAX_AMOUNT_ORE);

/**
 * An amount a person or integrator sends: at most `MAX_AMOUNT_ORE` (the `x-amount` keyword, checked by the
 * server's validator, names the problem: amount_too_large, amount_negative). `Amount` is never negative.
 */
export const Amount = Type.String({
  pattern: '^-?\\d{1,15}(\\.\\d{1,2})?$',
  'x-amount': 'positive',
  description: `Amount with at most two decimals as a decimal string ("1234.50"), from 0 to ${MAX_AMOUNT}`,
});
/** An amount that may be negative (a credit, a true-up), within ± `MAX_AMOUNT_ORE`. */
export const SignedAmount = Type.String({
  pattern: '^-?\\d{1,15}(\\.\\d{1,2})?$',
  'x-amount': 'signed',
  description: `Amount with at most two decimals as a decimal string ("-1234.50"), from -${MAX_AMOUNT} to ${MAX_AMOUNT}`,
});

/** An exact decimal number (unit prices, quantities, percentages), as a string. */
export const Decimal = Type.String({
  pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$',
  description: 'Exact decimal number with at most six decimals, as a string with a point ("12.3456")',
});
