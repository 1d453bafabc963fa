import { useTranslation } from 'react-i18next';
import type { RoleName as Role } from '../api/types.ts';

export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`roles.${role}`);
}
