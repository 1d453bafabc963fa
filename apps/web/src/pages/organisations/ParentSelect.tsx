import type { Unit } from '@overblik/api';
import { buildUnitTree, flattenUnitTree } from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';

type Props = {
  id: string;
  units: readonly Unit[];
  /** Units that may not be chosen (a unit and its descendants when moving it). */
  exclude?: ReadonlySet<string>;
  value: string;
  onChange: (parentId: string) => void;
  error?: string | undefined;
};

export function ParentSelect({ id, units, exclude, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const options = flattenUnitTree(buildUnitTree(units))
    .filter(({ unit }) => !exclude?.has(unit.id))
    .map(({ unit, depth }) => ({ value: unit.id, label: `${'\u2003'.repeat(depth)}${unit.name}` }));
  return (
    <SelectField
      id={id}
      label={t('units.parent')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      options={[{ value: '', label: t('units.noParent') }, ...options]}
    />
  );
}
