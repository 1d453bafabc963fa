import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../../api/members.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ENTITY_TYPES } from './entityTypes.ts';

export type FilterValues = { userId: string; entityType: string; from: string; to: string; everyOrganisation: boolean };

type Props = {
  organisationId: string | null;
  initial: FilterValues;
  empty: FilterValues;
  canSeeAll: boolean;
  onApply: (values: FilterValues) => void;
};

export function AuditFilters({ organisationId, initial, empty, canSeeAll, onApply }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const members = useQuery({ ...membersQuery(organisationId ?? ''), enabled: organisationId !== null });
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => setValues({ ...values, [key]: value });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onApply(values);
  }

  return (
    <form onSubmit={onSubmit} className="audit-filters" aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading" className="h3">
        {t('audit.filtersHeading')}
      </h2>
      <div className="filter-row">
        <SelectField
          id="audit-person"
          label={t('audit.person')}
          value={values.userId}
          onChange={(e) => set('userId', e.target.value)}
          options={[
            { value: '', label: t('audit.anyPerson') },
            ...(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
          ]}
        />
        <SelectField
          id="audit-type"
          label={t('audit.entityType')}
          value={values.entityType}
          onChange={(e) => set('entityType', e.target.value)}
          options={[
            { value: '', label: t('audit.anyType') },
            ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) })),
          ]}
        />
        <TextField
          id="audit-from"
          label={t('audit.from')}
          type="date"
          value={values.from}
          onChange={(e) => set('from', e.target.value)}
        />
        <TextField
          id="audit-to"
          label={t('audit.to')}
          type="date"
          value={values.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      {canSeeAll ? (
        <div className="form-group-checkbox mt-4">
          <input
            id="audit-all"
            type="checkbox"
            className="form-checkbox"
            checked={values.everyOrganisation}
            onChange={(e) => set('everyOrganisation', e.target.checked)}
          />
          <label className="form-label" htmlFor="audit-all">
            {t('audit.everyOrganisation')}
          </label>
        </div>
      ) : null}
      <div className="button-row mt-5">
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setValues(empty);
            onApply(empty);
          }}
        >
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
