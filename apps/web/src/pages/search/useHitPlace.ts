import type { SearchHit } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { textPart } from './searchHits.ts';

/** Where a hit was found, in words: "beskrivelse", "dokumentets tekst, del 2" … (the field's name when unknown). */
export function useHitPlace(): (hit: SearchHit) => string {
  const { t } = useTranslation();
  return (hit) => {
    const part = textPart(hit.field);
    if (part !== null) return t('search.documentText', { part });
    return t(`search.fields.${hit.kind}.${hit.field}`, { defaultValue: hit.field });
  };
}
