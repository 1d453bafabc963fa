import type { Activity } from '@overblik/api';
import { Link } from '@tanstack/react-router';

/** What an activity is about: its contract (number and name) or its supplier, as a link. */
export function ActivitySubject({ activity: a }: { activity: Activity }) {
  if (a.contractId) {
    return (
      <Link to="/kontrakter/$contractId" params={{ contractId: a.contractId }}>
        {[a.contractNumber, a.contractName].filter(Boolean).join(' ')}
      </Link>
    );
  }
  if (a.supplierId) {
    return (
      <Link to="/leverandoerer/$supplierId" params={{ supplierId: a.supplierId }}>
        {a.supplierName}
      </Link>
    );
  }
  return <>–</>;
}
