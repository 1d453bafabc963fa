import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationsQuery } from '../api/organisations.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Loading } from './Loading.tsx';
import { TextField } from './TextField.tsx';

type Props = { currentId: string | null; onPick: (id: string) => void; idPrefix: string };

const SHOWN = 12;

/** A searchable list of every organisation, for system administrators. */
export function OrganisationPicker({ currentId, onPick, idPrefix }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q.trim());
  const list = useQuery(organisationsQuery(deferred ? { q: deferred } : {}));
  const items = list.data?.items ?? [];

  return (
    <div className="organisation-picker">
      <TextField
        id={`${idPrefix}-search`}
        label={t('organisationSwitch.search')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
      />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {t('organisationSwitch.results', { count: items.length })}
          </p>
          <ul className="unstyled-list organisation-picker-list">
            {items.slice(0, SHOWN).map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-current={o.id === currentId ? 'true' : undefined}
                  onClick={() => onPick(o.id)}
                >
                  {o.name}
                </button>
              </li>
            ))}
          </ul>
          {items.length > SHOWN ? <p className="form-hint">{t('organisationSwitch.refine', { count: SHOWN })}</p> : null}
        </>
      ) : null}
    </div>
  );
}
