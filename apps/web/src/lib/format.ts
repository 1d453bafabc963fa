import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/i18n.ts';
import { formatFileSize } from './fileSize.ts';

const TIME_ZONE = 'Europe/Copenhagen';
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234.5" → "1.234,5" (da-DK) or "1,234.5" (en-GB): the whole part grouped as a BigInt, the fraction copied as text. */
export function formatDecimal(value: string, locale: string, minimumFractionDigits = 0): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const grouped = new Intl.NumberFormat(locale).format(BigInt(whole));
  const decimalSign = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',';
  // Trailing zeros say nothing ("3.500000" is 3,5 %); money still shows its two decimals.
  const digits = fraction.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  return `${sign}${grouped}${digits ? `${decimalSign}${digits}` : ''}`;
}

/** A calendar date `YYYY-MM-DD` through a UTC formatter, so no time zone can move it to the day before. */
function calendarDay(format: Intl.DateTimeFormat, value: string | null | undefined): string {
  const parts = value ? CALENDAR_DATE.exec(value) : null;
  if (!parts) return value || '–';
  return format.format(new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))));
}

/** A label that starts a sentence or a table cell with a capital letter: "samme leverandør" → "Samme leverandør". */
export function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export type Formatters = {
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  number: (value: number) => string;
  /** A calendar date `YYYY-MM-DD` (a day, not an instant: no time zone can move it to the day before). */
  day: (date: string | null | undefined) => string;
  /** A calendar date with the month in words, for running text: "1. januar 2026". */
  longDay: (date: string | null | undefined) => string;
  /** A month `YYYY-MM` (e.g. a price index's base month): "januar 2026". */
  month: (value: string) => string;
  /** A month of the year (1–12) in words: "februar". */
  monthOfYear: (month: number | null | undefined) => string;
  /** The weekday of a calendar date in words: "mandag". */
  weekday: (date: string) => string;
  /** An exact decimal string such as "1234.5", grouped and with the locale's decimal sign, never through a float. */
  decimal: (value: string | null | undefined, minimumFractionDigits?: number) => string;
  /** An amount of money ("1234.5") with two decimals and its currency: "1.234,50 DKK". */
  money: (value: string | null | undefined, currency: string) => string;
  /** An amount in Danish kroner: `money(value, 'DKK')`. */
  kroner: (value: string | null | undefined) => string;
  /** A country's name from its ISO 3166-1 alpha-2 code (SE → Sverige), or the code when unknown. */
  country: (code: string) => string;
  /** A file's size: "12,3 kB", "1,2 MB". */
  fileSize: (bytes: number) => string;
};

export function formatters(language: string): Formatters {
  const locale = intlLocale(language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(locale);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthOfYear = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : '–'),
    date: (iso) => (iso ? date.format(new Date(iso)) : '–'),
    number: (value) => number.format(value),
    day: (value) => calendarDay(day, value),
    longDay: (value) => calendarDay(longDay, value),
    month: (value) => {
      const parts = /^(\d{4})-(\d{2})$/.exec(value);
      return parts ? month.format(new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, 1))) : value;
    },
    monthOfYear: (value) =>
      value && Number.isInteger(value) && value >= 1 && value <= 12
        ? monthOfYear.format(new Date(Date.UTC(2001, value - 1, 1)))
        : '–',
    weekday: (value) => calendarDay(weekday, value),
    decimal: (value, minimumFractionDigits = 0) => (value ? formatDecimal(value, locale, minimumFractionDigits) : '–'),
    money: (value, currency) => (value ? `${formatDecimal(value, locale, 2)} ${currency}` : '–'),
    kroner: (value) => (value ? `${formatDecimal(value, locale, 2)} DKK` : '–'),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    fileSize: (bytes) => formatFileSize(bytes, locale),
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
