import { defaultLeadDays } from '@overblik/core';
import type { ReminderSettingRow } from '@overblik/db';

/** Who is reminded when an organisation has not chosen: the contract manager. */
export const DEFAULT_REMINDER_ROLES = ['kontraktstyringsansvarlig'];

export type EffectiveReminderSetting = { leadDays: number[]; roles: string[]; extraEmails: string[]; isDefault: boolean };

/** An organisation's reminder setting for an activity type, or the product's defaults when it has none. */
export function effectiveSetting(row: ReminderSettingRow | undefined, type: string): EffectiveReminderSetting {
  if (!row) return { leadDays: defaultLeadDays(type), roles: DEFAULT_REMINDER_ROLES, extraEmails: [], isDefault: true };
  return {
    leadDays: JSON.parse(row.leadDays) as number[],
    roles: JSON.parse(row.roles) as string[],
    extraEmails: JSON.parse(row.extraEmails) as string[],
    isDefault: false,
  };
}
