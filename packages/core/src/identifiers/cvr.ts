/** Weights of the CVR modulus-11 check, most significant digit first. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export type CvrProblem = 'format' | 'checksum';

/**
 * Checks a Danish CVR number: exactly eight digits, first digit not 0, and the weighted digit sum
 * (weights 2,7,6,5,4,3,2,1) divisible by 11. Spaces are tolerated ("12 34 56 78"), a "DK" prefix too.
 */
export function cvrProblem(input: string): CvrProblem | null {
  const cvr = normaliseCvr(input);
  if (!/^[1-9]\d{7}$/.test(cvr)) return 'format';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(cvr[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum % 11 === 0 ? null : 'checksum';
}

export function isValidCvr(input: string): boolean {
  return cvrProblem(input) === null;
}

export function normaliseCvr(input: string): string {
  return input.replace(/\s+/g, '').replace(/^DK/i, '');
}
