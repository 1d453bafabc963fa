import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditToggle } from '../../lib/useEditToggle.ts';

type Props = {
  /** Id of the section's heading; also the anchor of the page's table of contents. */
  id: string;
  title: string;
  level?: 2 | 3;
  canWrite: boolean;
  /** What the section shows while not being edited. */
  view: ReactNode;
  /** The inline edit form, given the function that closes it (after saving or cancelling). */
  form: (done: () => void) => ReactNode;
  /** Shown below, whether or not the section is being edited (e.g. a table with its own actions). */
  children?: ReactNode;
};

/**
 * A section of a page that is edited in place: "Rediger" replaces the view with a form; saving or cancelling
 * shows the view again and returns focus to the button.
 */
export function EditableSection({ id, title, level = 2, canWrite, view, form, children }: Props) {
  const { t } = useTranslation();
  const { editing, setEditing, editButton } = useEditToggle();
  const Heading = level === 2 ? 'h2' : 'h3';

  return (
    <section aria-labelledby={id} className={level === 2 ? 'contract-section mt-7' : 'contract-subsection mt-6'}>
      <div className="section-heading-row">
        <Heading id={id}>{title}</Heading>
        {canWrite && !editing ? (
          <button
            ref={editButton}
            type="button"
            className="button button-secondary"
            aria-label={t('contracts.editSection', { section: title })}
            onClick={() => setEditing(true)}
          >
            {t('contracts.edit')}
          </button>
        ) : null}
      </div>
      {editing ? form(() => setEditing(false)) : view}
      {children}
    </section>
  );
}
