const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/**
 * A file's size for people, in the locale's number format: "512 B", "12,3 kB", "1,2 MB" (da-DK).
 * Steps of 1024, as file managers show sizes, with at most one decimal.
 */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
