import type { OptionListName, OptionValue } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { optionListsQuery } from '../api/optionLists.ts';

/** The organisation's option lists (værdilister), labels in the UI language. */
export function useOptionLists(organisationId: string | null) {
  const { i18n } = useTranslation();
  return useQuery({ ...optionListsQuery(organisationId ?? '', i18n.language), enabled: organisationId !== null });
}

/** The values of one list, or none while loading. */
export function useOptionList(organisationId: string | null, list: OptionListName): readonly OptionValue[] {
  return useOptionLists(organisationId).data?.lists[list] ?? [];
}
