import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKey } from '../api/search.ts';
import { MAX_QUERY_LENGTH } from '../pages/search/registerSearch.ts';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';

/** The search in the page header (DKFDS search component): goes to `/soeg?q=…`, and shows the search made there. */
export function HeaderSearch({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { organisationId } = useCurrentOrganisation();
  const shown = useRouterState({
    select: (s) => (s.location.pathname === '/soeg' ? (s.location.search as { q?: unknown }).q : undefined),
  });
  const [text, setText] = useState(typeof shown === 'string' || typeof shown === 'number' ? String(shown) : '');

  // Follow the search on the results page (back button, a link); leaving it keeps what was typed.
  useEffect(() => {
    if (typeof shown === 'string' || typeof shown === 'number') setText(String(shown));
  }, [shown]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = text.trim();
    // Searching again for the words shown asks the server again (the register may have changed meanwhile).
    if (organisationId && q && q === String(shown ?? ''))
      void queryClient.invalidateQueries({ queryKey: searchKey(organisationId) });
    void navigate({ to: '/soeg', search: q ? { q } : {} });
  }

  return (
    <search className="header-search" aria-label={t('search.boxLabel')}>
      <form onSubmit={submit}>
        <div className="form-group search">
          <label htmlFor={id} className="sr-only">
            {t('search.boxLabel')}
          </label>
          <input
            className="form-input"
            id={id}
            name="q"
            type="search"
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button button-search">
            {t('search.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}
