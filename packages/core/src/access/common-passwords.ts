import { dictionary } from '@zxcvbn-ts/language-common';
import { DANISH_MONTHS } from '../time/danish-date.js';

/**
 * Danish passwords and words people build passwords from (`Sommer2024!`, `Velkommen1234`), which an English
 * list lacks. Lower case; with and without æ, ø, å written out.
 */
export const DANISH_COMMON_PASSWORDS: readonly string[] = [
  'adgangskode',
  'kodeord',
  'hemmelig',
  'hemmeligt',
  'velkommen',
  'forår',
  'foraar',
  'sommer',
  'efterår',
  'efteraar',
  'vinter',
  ...DANISH_MONTHS,
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'loerdag',
  'søndag',
  'soendag',
  'danmark',
  'københavn',
  'koebenhavn',
  'kommune',
  'kommunen',
  'overblik',
  'jegelskerdig',
  'elskerdig',
  'hejmeddig',
  'hejsa',
  'fodbold',
  'kage',
  'bruger',
  'sikkerhed',
  'logind',
  'kode',
  'qwertyuiopå',
  'asdfghjklæø',
];

let list: ReadonlySet<string> | undefined;

/**
 * The common passwords the policy refuses (`passwordProblem`'s third argument): the 49,000 most common
 * passwords of zxcvbn-ts's `passwords-common` dictionary (MIT; from leaked password lists, ranked by
 * frequency) and `DANISH_COMMON_PASSWORDS`, lower case. Built once, on first use (about 1.5 MB in memory).
 * Server only: the browser checks the other rules and shows the server's answer for this one.
 */
export function commonPasswords(): ReadonlySet<string> {
  list ??= new Set([...dictionary['passwords-common'], ...DANISH_COMMON_PASSWORDS].map((p) => p.toLowerCase()));
  return list;
}
