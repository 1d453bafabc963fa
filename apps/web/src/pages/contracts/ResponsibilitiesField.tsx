import type { OptionValue } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../components/SelectField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useOptionChoices } from '../../lib/optionChoices.ts';

export type ResponsibilityRow = { key: number; role: string; userId: string };

type Props = {
  idPrefix: string;
  rows: readonly ResponsibilityRow[];
  onChange: (rows: ResponsibilityRow[]) => void;
  roles: readonly OptionValue[];
  members: readonly Option[];
  errorFor: (field: string) => string | undefined;
};

/** The people responsible for the contract, each with a role (kontraktstyringsansvarlig, systemejer …). */
export function ResponsibilitiesField({ idPrefix, rows, onChange, roles, members, errorFor }: Props) {
  const { t } = useTranslation();
  const choices = useOptionChoices();
  const change = (key: number, patch: Partial<ResponsibilityRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    onChange([
      ...rows,
      { key: Math.max(0, ...rows.map((r) => r.key)) + 1, role: roles.find((r) => !r.disabled)?.key ?? '', userId: '' },
    ]);

  return (
    <fieldset className="form-group responsibilities-field">
      <legend className="form-label">{t('contracts.fields.responsibilities')}</legend>
      {errorFor('responsibilities') ? (
        <span className="form-error-message">
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {errorFor('responsibilities')}
        </span>
      ) : null}
      {rows.length === 0 ? <p className="form-hint">{t('contracts.responsibilities.none')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="form-row responsibility-row">
          <SelectField
            id={`${idPrefix}-responsibility-${row.key}-role`}
            label={t('contracts.responsibilities.role', { n: index + 1 })}
            value={row.role}
            onChange={(e) => change(row.key, { role: e.target.value })}
            options={choices(roles, row.role)}
            error={errorFor(`responsibilities/${index}/role`)}
          />
          <SelectField
            id={`${idPrefix}-responsibility-${row.key}-person`}
            label={t('contracts.responsibilities.person', { n: index + 1 })}
            value={row.userId}
            onChange={(e) => change(row.key, { userId: e.target.value })}
            options={[{ value: '', label: t('contracts.responsibilities.choosePerson') }, ...members]}
            error={errorFor(`responsibilities/${index}/userId`)}
          />
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            aria-label={t('contracts.responsibilities.removeNamed', { n: index + 1 })}
          >
            {t('contracts.responsibilities.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary mt-3" onClick={add}>
        {t('contracts.responsibilities.add')}
      </button>
    </fieldset>
  );
}
