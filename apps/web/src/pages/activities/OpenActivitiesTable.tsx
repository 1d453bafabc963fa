import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { ActivityRow } from './ActivityRow.tsx';
import { ActivityTable } from './ActivityTable.tsx';

type Props = {
  /** Id of the table's heading. */
  id: string;
  items: readonly Activity[];
  caption: string;
  canWrite: boolean;
  /** Adds the contract (or supplier) of each activity: a supplier's list also holds its contracts' activities. */
  showSubject: boolean;
  /** Says what an action did (and moves focus to the section), e.g. after a row left the table. */
  onAnnounce: (message: string) => void;
};

const HEADINGS = ['dueOn', 'type', 'activity', 'responsible', 'reminders'] as const;
const WITH_SUBJECT = ['dueOn', 'type', 'activity', 'subject', 'responsible', 'reminders'] as const;

/** The open activities of a contract or a supplier, the earliest first. */
export function OpenActivitiesTable({ id, items, caption, canWrite, showSubject, onAnnounce }: Props) {
  const { t } = useTranslation();
  const headings = showSubject ? WITH_SUBJECT : HEADINGS;
  const columns = headings.length + (canWrite ? 1 : 0);
  return (
    <section aria-labelledby={id} className="contract-subsection mt-4">
      <h3 id={id}>{t('activities.openHeading')}</h3>
      {items.length === 0 ? (
        <p>{t('activities.noneOpen')}</p>
      ) : (
        <ActivityTable caption={caption} headings={headings} canWrite={canWrite}>
          {items.map((a) => (
            <ActivityRow
              key={a.id}
              activity={a}
              canWrite={canWrite}
              showSubject={showSubject}
              columns={columns}
              onAnnounce={onAnnounce}
            />
          ))}
        </ActivityTable>
      )}
    </section>
  );
}
