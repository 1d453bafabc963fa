import type { Occurrence } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useActivityTypes } from '../activities/useActivityTypes.ts';

/** An activity on a day of the calendar: its name and contract (or supplier), linking to the contract (or supplier). */
export function OccurrenceLink({ occurrence: { activity: a } }: { occurrence: Occurrence }) {
  const types = useActivityTypes(a.organisationId);
  const text = `${types.nameOf(a)}: ${a.contractNumber ?? a.supplierName ?? ''}`;
  const className = 'calendar-item';
  if (a.contractId) {
    return (
      <Link to="/kontrakter/$contractId" params={{ contractId: a.contractId }} className={className}>
        {text}
      </Link>
    );
  }
  if (a.supplierId) {
    return (
      <Link to="/leverandoerer/$supplierId" params={{ supplierId: a.supplierId }} className={className}>
        {text}
      </Link>
    );
  }
  return <span className={className}>{text}</span>;
}
