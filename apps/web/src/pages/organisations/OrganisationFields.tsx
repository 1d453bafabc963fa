import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

type Initial = { name: string; cvr: string | null; region: string | null };

/** Name, CVR and region of an organisation: the fields creating and editing share. */
export function useOrganisationFields(idPrefix: string, initial: Initial = { name: '', cvr: null, region: null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [cvr, setCvr] = useState(initial.cvr ?? '');
  const [region, setRegion] = useState(initial.region ?? '');

  /** The values as the API takes them: trimmed, empty optional fields as null. */
  const values = { name: name.trim(), cvr: cvr.trim() || null, region: region.trim() || null };

  function fields(error: Error | null) {
    return (
      <>
        <TextField
          id={`${idPrefix}-name`}
          label={t('fields.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
        />
        <TextField
          id={`${idPrefix}-cvr`}
          label={t('organisations.cvrOptional')}
          hint={t('organisations.cvrHint')}
          inputMode="numeric"
          autoComplete="off"
          value={cvr}
          onChange={(e) => setCvr(e.target.value)}
          error={fieldError(error, 'cvr')}
        />
        <TextField
          id={`${idPrefix}-region`}
          label={t('organisations.regionOptional')}
          autoComplete="off"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          error={fieldError(error, 'region')}
        />
      </>
    );
  }

  return { values, fields };
}
