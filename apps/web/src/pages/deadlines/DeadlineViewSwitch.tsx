import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DeadlineSearch } from './deadlineSearch.ts';

/** "Liste" or "Kalender": two links that keep the filters, the current one marked for screen readers. */
export function DeadlineViewSwitch({ search }: { search: DeadlineSearch }) {
  const { t } = useTranslation();
  const calendar = search.view === 'calendar';
  return (
    <nav aria-label={t('deadlines.viewLabel')} className="button-row mb-3">
      <Link
        to="/frister"
        search={{ ...search, view: undefined, month: undefined }}
        className={`button ${calendar ? 'button-secondary' : 'button-primary'}`}
        aria-current={calendar ? undefined : 'page'}
      >
        {t('deadlines.viewList')}
      </Link>
      <Link
        to="/frister"
        search={{ ...search, view: 'calendar' }}
        className={`button ${calendar ? 'button-primary' : 'button-secondary'}`}
        aria-current={calendar ? 'page' : undefined}
      >
        {t('deadlines.viewCalendar')}
      </Link>
    </nav>
  );
}
