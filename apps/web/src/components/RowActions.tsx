import type { ReactNode, RefObject } from 'react';
import { ConfirmAction } from './ConfirmAction.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props = {
  /** The edit button, so focus can return to it when its form closes. */
  editRef: RefObject<HTMLButtonElement | null>;
  editLabel: string;
  /** Names the row for screen readers ("Ret kontaktperson Lise Larsen"). */
  editAccessibleLabel: string;
  onEdit: () => void;
  deleteLabel: string;
  deleteAccessibleLabel: string;
  deleteQuestion: string;
  confirmLabel: string;
  remove: { isPending: boolean; isError: boolean; error: unknown; mutate: () => void };
  /** Further actions between Ret and Slet (e.g. a document's new version). */
  children?: ReactNode;
};

/** The last cell of an editable table row: Ret, any further actions, and Slet with its inline confirmation. */
export function RowActions(p: Props) {
  return (
    <td>
      <span className="row-actions">
        <button
          ref={p.editRef}
          type="button"
          className="button button-tertiary"
          aria-label={p.editAccessibleLabel}
          onClick={p.onEdit}
        >
          {p.editLabel}
        </button>
        {p.children}
        <ConfirmAction
          label={p.deleteLabel}
          accessibleLabel={p.deleteAccessibleLabel}
          question={p.deleteQuestion}
          confirmLabel={p.confirmLabel}
          pending={p.remove.isPending}
          onConfirm={() => p.remove.mutate()}
        />
      </span>
      {p.remove.isError ? <ErrorAlert error={p.remove.error} /> : null}
    </td>
  );
}
