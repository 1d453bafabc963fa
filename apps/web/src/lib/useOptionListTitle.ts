import type { OptionListName } from '@overblik/api';
import { useTranslation } from 'react-i18next';

export function useOptionListTitle(): (list: OptionListName) => string {
  const { t } = useTranslation();
  return (list) => t(`optionLists.titles.${list}`);
}
