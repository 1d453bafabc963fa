import type { Organisation } from '@overblik/api';
import { useTranslation } from 'react-i18next';

export function useKindLabel(): (kind: Organisation['kind']) => string {
  const { t } = useTranslation();
  return (kind) => t(`organisations.kinds.${kind}`);
}
