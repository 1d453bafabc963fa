/** The UN/ECE Recommendation 20 unit codes most price elements use; any other code may be typed. */
export const COMMON_UNIT_CODES = ['EA', 'HUR', 'DAY', 'MON', 'ANN'] as const;

export function isCommonUnitCode(code: string): boolean {
  return (COMMON_UNIT_CODES as readonly string[]).includes(code);
}
