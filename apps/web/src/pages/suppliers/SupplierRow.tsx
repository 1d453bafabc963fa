import type { OptionValue, Supplier } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useFormat } from '../../lib/format.ts';

type Props = { supplier: Supplier; classifications: readonly OptionValue[] };

export function SupplierRow({ supplier: s, classifications }: Props) {
  const format = useFormat();
  const classification = classifications.find((c) => c.key === s.classification);
  return (
    <tr>
      <td>
        <Link to="/leverandoerer/$supplierId" params={{ supplierId: s.id }}>
          {s.name}
        </Link>
      </td>
      <td>{s.cvr ?? s.foreignId ?? '–'}</td>
      <td>{format.country(s.country)}</td>
      <td>{classification?.label ?? s.classification ?? '–'}</td>
      <td>{s.city ?? '–'}</td>
      <td>{format.dateTime(s.updatedAt)}</td>
    </tr>
  );
}
