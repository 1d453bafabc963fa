import type { ReminderSetting } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { ReminderSettingRow } from './ReminderSettingRow.tsx';

type Props = { organisationId: string; items: readonly ReminderSetting[]; canAdminister: boolean };

const HEADINGS = ['type', 'leadDays', 'roles', 'extraEmails', 'origin'] as const;

/** Every activity type's reminder setting, in the order of the activity type list. */
export function ReminderSettingsTable({ organisationId, items, canAdminister }: Props) {
  const { t } = useTranslation();
  const types = useOptionList(organisationId, 'activity_type');
  const position = (key: string) => {
    const index = types.findIndex((v) => v.key === key);
    return index < 0 ? types.length : index;
  };
  const sorted = [...items].sort((a, b) => position(a.activityType) - position(b.activityType));
  const columns = HEADINGS.length + (canAdminister ? 1 : 0);
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('reminders.caption')}</caption>
        <thead>
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col">
                {t(`reminders.columns.${h}`)}
              </th>
            ))}
            {canAdminister ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <ReminderSettingRow
              key={s.activityType}
              organisationId={organisationId}
              setting={s}
              canAdminister={canAdminister}
              columns={columns}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
