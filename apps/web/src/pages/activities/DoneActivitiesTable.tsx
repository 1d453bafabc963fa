import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
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
      <div className="table--responsive-scroll">
        <table className="table table--compact activity-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headings.map((h) => (
                <th key={h} scope="col">
                  {t(`activities.columns.${h}`)}
                </th>
              ))}
              {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <DoneActivityRow key={a.id} activity={a} canWrite={canWrite} showSubject={showSubject} onAnnounce={onAnnounce} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
