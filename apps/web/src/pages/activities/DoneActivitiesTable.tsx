import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { ActivityTable } from './ActivityTable.tsx';
import { DoneActivityRow } from './DoneActivityRow.tsx';

type Props = {
  /** Id of the table's heading. */
  id: string;
  items: readonly Activity[];
  caption: string;
  canWrite: boolean;
  showSubject: boolean;
  onAnnounce: (message: string) => void;
};

const HEADINGS = ['dueOn', 'type', 'activity', 'doneBy', 'doneAt', 'note'] as const;
const WITH_SUBJECT = ['dueOn', 'type', 'activity', 'subject', 'doneBy', 'doneAt', 'note'] as const;

/** The activities done, the latest first, with by whom, when and the note. */
export function DoneActivitiesTable({ id, items, caption, canWrite, showSubject, onAnnounce }: Props) {
  const { t } = useTranslation();
  const headings = showSubject ? WITH_SUBJECT : HEADINGS;
  return (
    <section aria-labelledby={id} className="contract-subsection mt-6">
      <h3 id={id}>{t('activities.doneHeading')}</h3>
      <ActivityTable caption={caption} headings={headings} canWrite={canWrite}>
        {items.map((a) => (
          <DoneActivityRow key={a.id} activity={a} canWrite={canWrite} showSubject={showSubject} onAnnounce={onAnnounce} />
        ))}
      </ActivityTable>
    </section>
  );
}
