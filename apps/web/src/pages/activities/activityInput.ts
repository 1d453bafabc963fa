import { DERIVED_ACTIVITY_TYPES } from '@overblik/core';

/** The most lead times and extra addresses an activity or a reminder setting takes (as the API). */
export const MAX_LEAD_DAYS = 10;
export const MAX_EXTRA_EMAILS = 20;

const SEPARATORS = /[\s,;]+/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether an activity type is created from the contract terms (and so never entered by hand). */
export function isDerivedType(type: string): boolean {
  return (DERIVED_ACTIVITY_TYPES as readonly string[]).includes(type);
}

/**
 * Lead times as typed, "180, 90, 30": whole numbers of days from 0 to 730, separated by commas or spaces, largest
 * first without repeats; null when any part is not such a number or there are too many. An empty text is [].
 */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(SEPARATORS).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
  if (days.some((d) => d > 730) || days.length > MAX_LEAD_DAYS) return null;
  return days;
}

/** Lead times as a person types them: "180, 90, 30". */
export function leadDaysText(days: readonly number[] | null | undefined): string {
  return days ? days.join(', ') : '';
}

/** E-mail addresses separated by commas, semicolons or spaces (as pasted from a mail program); null when one is not an address. */
export function parseEmails(text: string): string[] | null {
  const parts = [...new Set(text.split(SEPARATORS).filter(Boolean))];
  if (!parts.every((p) => EMAIL.test(p)) || parts.length > MAX_EXTRA_EMAILS) return null;
  return parts;
}
