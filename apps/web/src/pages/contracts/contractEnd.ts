import type { Contract } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/** What a contract's end depends on: the end if nothing more is done, or the renewal term running now. */
export type EndFacts = Pick<Contract, 'endsOn' | 'renewal'> & { currentTermEnd: string | null };

export const endFactsOf = (c: Contract): EndFacts => ({
  endsOn: c.endsOn,
  renewal: c.renewal,
  currentTermEnd: c.deadlines.currentTermEnd,
});

/**
 * How a contract ends, said the same way in its header, its terms and its deadlines: on a day; or, renewing
 * automatically, that it renews and when the current term ends; or that it runs on without an end date.
 * `lead` gives the words for running text after the status ("udløber 31. dec. 2027"); `cell` the short form of a
 * list's column ("fornyes 31. mar. 2027", or a dash for no end).
 */
export function useContractEnd(): (facts: EndFacts, form: 'lead' | 'value' | 'cell') => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (facts, form) => {
    if (facts.endsOn)
      return form === 'lead' ? t('contracts.leadEnds', { date: format.day(facts.endsOn) }) : format.day(facts.endsOn);
    if (facts.renewal === 'automatic' && facts.currentTermEnd) {
      const key = { lead: 'contracts.leadRenews', value: 'contracts.renews', cell: 'contracts.cellRenews' }[form];
      return t(key, { date: format.day(facts.currentTermEnd) });
    }
    return form === 'cell' ? '–' : t('contracts.runsOn');
  };
}
