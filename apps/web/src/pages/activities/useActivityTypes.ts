import type { Activity } from '@overblik/api';
import type { Option } from '../../components/SelectField.tsx';
import { optionLabel, useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { isDerivedType } from './activityInput.ts';

/**
 * The organisation's activity types (the activity_type option list, with its own additions): the label of a type,
 * the name of an activity (its title, else its type), and the types a person may choose for a new activity — every
 * enabled type except the five kept from the contract terms.
 */
export function useActivityTypes(organisationId: string) {
  const values = useOptionList(organisationId, 'activity_type');
  const choices = useOptionChoices();
  const label = (type: string) => optionLabel(values, type);
  return {
    values,
    label,
    nameOf: (a: Pick<Activity, 'title' | 'type'>) => a.title ?? label(a.type),
    manualChoices: (current: string | null): Option[] =>
      choices(
        values.filter((v) => !isDerivedType(v.key)),
        current,
      ),
  };
}
