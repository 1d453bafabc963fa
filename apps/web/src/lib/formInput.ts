import { parseDecimal } from '@overblik/core';
import type { TFunction } from 'i18next';

/** A decimal from the API ("1234.5") as a person types it in Denmark ("1234,5"); parseDecimal reads it back. */
export function decimalInput(value: string | null | undefined): string {
  if (!value) return '';
  const [whole = '', fraction = ''] = value.split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept ? `${whole},${kept}` : whole;
}

export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Reads what a person typed into the values the API takes, and collects a message for each field it cannot read
 * (the server's own messages for the values it refuses are shown at the same fields). Empty fields are null.
 */
export function createInputReader(t: TFunction) {
  const errors: Record<string, string> = {};
  return {
    errors: errors as FieldErrors,
    get ok() {
      return Object.keys(errors).length === 0;
    },
    text(value: string): string | null {
      return value.trim() || null;
    },
    /** A Danish (or international) number such as "1.234,50" as a decimal string "1234.50" with at most `decimals` decimals. */
    decimal(field: string, value: string, decimals: number): string | null {
      if (!value.trim()) return null;
      const parsed = parseDecimal(value);
      if (parsed === null) {
        errors[field] = t('form.decimalInvalid');
        return null;
      }
      const [whole = '0', fraction = ''] = parsed.split('.');
      const kept = fraction.length > decimals && /^0*$/.test(fraction.slice(decimals)) ? fraction.slice(0, decimals) : fraction;
      if (kept.length > decimals) {
        errors[field] = t('form.decimalPlaces', { count: decimals });
        return null;
      }
      return kept ? `${whole}.${kept}` : whole;
    },
    /** Text that must be given; "Udfyld feltet" at the field when it is empty. */
    required(field: string, value: string): string {
      if (!value.trim()) errors[field] = t('form.required');
      return value.trim();
    },
    /** Text read by `parse` (null when it cannot), with `message` at the field when it cannot. */
    parse<T = string>(field: string, value: string, parse: (text: string) => T | null, message: string): T | null {
      if (!value.trim()) return null;
      const parsed = parse(value.trim());
      if (parsed === null) errors[field] = message;
      return parsed;
    },
    integer(field: string, value: string): number | null {
      const text = value.trim().replace(/[\s.]/g, '');
      if (!text) return null;
      if (!/^\d{1,9}$/.test(text)) {
        errors[field] = t('form.integerInvalid');
        return null;
      }
      return Number(text);
    },
  };
}
