import type { OptionValue } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import type { Option } from '../components/SelectField.tsx';

/**
 * The values of an option list to offer in a form: the enabled ones, and the object's current values even when
 * they have since been disabled (marked as such), so editing never silently drops them.
 */
export function useOptionChoices() {
  const { t } = useTranslation();
  return (values: readonly OptionValue[], current: string | null | readonly string[]): Option[] => {
    const kept = new Set(typeof current === 'string' ? [current] : (current ?? []));
    return values
      .filter((v) => !v.disabled || kept.has(v.key))
      .map((v) => ({ value: v.key, label: v.disabled ? t('suppliers.disabledValue', { label: v.label }) : v.label }));
  };
}

/** The label of a stored key, or the key itself when the list no longer knows it; "–" for none. */
export function optionLabel(values: readonly OptionValue[], key: string | null | undefined): string {
  if (!key) return '–';
  return values.find((v) => v.key === key)?.label ?? key;
}
