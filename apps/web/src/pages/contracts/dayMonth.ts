import { daysInMonth } from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/i18n.ts';

const STORED = /^(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})\s*[-./ ]\s*(\d{1,2})\.?$/;

/** A day of the year (a yearly price regulation date): stored `MM-DD`, typed and shown day first. */
export function useDayMonth() {
  const { i18n } = useTranslation();
  const shown = new Intl.DateTimeFormat(intlLocale(i18n.language), { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return {
    /** "07-01" → "1. juli". */
    format: (stored: string) => {
      const m = STORED.exec(stored);
      return m ? shown.format(new Date(Date.UTC(2000, Number(m[1]) - 1, Number(m[2])))) : stored;
    },
    /** "07-01" → "01-07", as the field shows it. */
    input: (stored: string | null) => {
      const m = stored ? STORED.exec(stored) : null;
      return m ? `${m[2]}-${m[1]}` : '';
    },
    /** "1/7", "01-07" or "1.7." → "07-01"; null when it is not a day of the year. */
    parse: (typed: string): string | null => {
      const m = TYPED.exec(typed.trim());
      if (!m) return null;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
      return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    },
  };
}
