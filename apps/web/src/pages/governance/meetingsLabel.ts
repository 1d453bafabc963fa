import { meetingsText } from '@overblik/core';
import type { TFunction } from 'i18next';

/** Meetings a year in words: "8–10 om året", or "Efter behov" when none are set. */
export function meetingsLabel(t: TFunction, min: number | null, max: number | null): string {
  const text = meetingsText(min, max);
  return text === null ? t('governance.asNeeded') : t('governance.perYear', { n: text });
}
