import type { EnumLabels } from './fields.js';

/**
 * The one ordered criticality scale (issue 18): how much the organisation's work depends on a contract (and, in
 * later areas, on a system or a supplier). Contracts, the supplier segmentation, the data-protection work and the
 * IT-system portfolio all use this scale, so "the highest criticality of a supplier's contracts" means the same
 * everywhere. The order is the array's order: lav < middel < høj < kritisk. The words are fixed (not an
 * organisation's option list): a scale that an organisation could reorder or extend could not be compared.
 */
export const CRITICALITIES = ['lav', 'middel', 'hoej', 'kritisk'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const CRITICALITY_LABELS: EnumLabels<Criticality> = {
  lav: { da: 'Lav', en: 'Low', also: ['low', 'ringe', 'ikke kritisk'] },
  middel: { da: 'Middel', en: 'Medium', also: ['medium', 'mellem', 'moderat', 'normal'] },
  hoej: { da: 'Høj', en: 'High', also: ['high', 'hoj', 'væsentlig'] },
  kritisk: { da: 'Kritisk', en: 'Critical', also: ['critical', 'forretningskritisk', 'meget høj', 'samfundskritisk'] },
};

/**
 * The mark the NIS2 work uses beside the scale: the object supports a socially critical function
 * (samfundskritisk), whatever its criticality for the organisation's own work.
 */
export const SOCIETALLY_CRITICAL_LABEL = { da: 'Samfundskritisk', en: 'Societally critical' } as const;

export function isCriticality(value: unknown): value is Criticality {
  return typeof value === 'string' && (CRITICALITIES as readonly string[]).includes(value);
}

/** The place on the scale: 0 for lav … 3 for kritisk. */
export function criticalityRank(value: Criticality): number {
  return CRITICALITIES.indexOf(value);
}

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareCriticality(a: Criticality, b: Criticality): number {
  return criticalityRank(a) - criticalityRank(b);
}

/** The highest of the values (empty values ignored); null when none is given. */
export function highestCriticality(values: Iterable<Criticality | null | undefined>): Criticality | null {
  let highest: Criticality | null = null;
  for (const value of values) {
    if (value && (highest === null || compareCriticality(value, highest) > 0)) highest = value;
  }
  return highest;
}

/**
 * Where a value of an organisation's former (unordered) criticality list lands on the scale, judged by its key and
 * its label in either language: the migration from the option list (0018) uses it for values an organisation added
 * or renamed. A text equal to a level's word decides first; otherwise the longest word of the scale the text
 * contains as whole words ("ikke kritisk" is lav, "meget høj" kritisk, "lav kritikalitet" lav); null when none occurs, so that the caller keeps the old
 * value where a person will see it.
 */
export function criticalityFromWords(...texts: ReadonlyArray<string | null | undefined>): Criticality | null {
  const lower = (t: string) => t.toLocaleLowerCase('da').trim();
  const words = texts
    .filter((t): t is string => typeof t === 'string')
    .map(lower)
    .filter((t) => t !== '');
  // Whole words only: the text and the word with every non-letter as a space, padded.
  const spaced = (t: string) => ` ${t.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const candidates = CRITICALITIES.flatMap((level) => {
    const { da, en, also = [] } = CRITICALITY_LABELS[level];
    return [level, da, en, ...also].map((word) => ({ level, word: lower(word) }));
  });
  const exact = candidates.find((c) => words.includes(c.word));
  if (exact) return exact.level;
  const contained = candidates
    .filter((c) => words.some((text) => spaced(text).includes(spaced(c.word))))
    .sort((a, b) => b.word.length - a.word.length);
  return contained[0]?.level ?? null;
}
