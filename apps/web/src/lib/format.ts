import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/i18n.ts';

const TIME_ZONE = 'Europe/Copenhagen';

export type Formatters = {
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  number: (value: number) => string;
  /** A country's name from its ISO 3166-1 alpha-2 code (SE → Sverige), or the code when unknown. */
  country: (code: string) => string;
};

export function formatters(language: string): Formatters {
  const locale = intlLocale(language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : '–'),
    date: (iso) => (iso ? date.format(new Date(iso)) : '–'),
    number: (value) => number.format(value),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** Intl formatting (da-DK / en-GB, Copenhagen time) following the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}

/** A calendar date from an `<input type="date">` as the instant its day starts (or ends) in the browser's time zone. */
export function dayStart(date: string): string | undefined {
  return date ? new Date(`${date}T00:00:00`).toISOString() : undefined;
}

export function dayEnd(date: string): string | undefined {
  return date ? new Date(`${date}T23:59:59.999`).toISOString() : undefined;
}
