import ascendingIcon from 'dkfds-dist/img/svg-icons/sort-table-ascending.svg';
import descendingIcon from 'dkfds-dist/img/svg-icons/sort-table-descending.svg';
import noneIcon from 'dkfds-dist/img/svg-icons/sort-table-none.svg';

type Props<S extends string> = {
  label: string;
  /** The ascending sort key of this column, e.g. `name`; descending is `-name`. */
  field: S;
  /** The current sort, e.g. `name` or `-updatedAt`. */
  sort: string;
  onSort: (sort: S | `-${S}`) => void;
  /** Start descending on the first click (dates: newest first). */
  descendingFirst?: boolean;
};

/** DKFDS sortable column header: a button in the header cell, whose state `aria-sort` announces. */
export function SortableHeader<S extends string>({ label, field, sort, onSort, descendingFirst = false }: Props<S>) {
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : null;
  const next =
    direction === 'ascending' ? `-${field}` : direction === 'descending' ? field : descendingFirst ? `-${field}` : field;
  const icon = direction === 'ascending' ? ascendingIcon : direction === 'descending' ? descendingIcon : noneIcon;
  return (
    <th scope="col" aria-sort={direction ?? undefined} className="sortable-header">
      <button type="button" className="function-link" onClick={() => onSort(next as S | `-${S}`)}>
        {label}
        <img className="icon-svg" src={icon} alt="" aria-hidden="true" />
      </button>
    </th>
  );
}
