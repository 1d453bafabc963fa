import type { Notification } from '@overblik/api';
import { Link } from '@tanstack/react-router';

const CONTRACT = /^\/kontrakter\/([0-9a-f-]{36})$/;
const SUPPLIER = /^\/leverandoerer\/([0-9a-f-]{36})$/;

/** A notification's title as a link to what it is about (a contract or a supplier page), or as text without one. */
export function NotificationTarget({ notification: n }: { notification: Notification }) {
  const path = n.link?.split(/[?#]/)[0] ?? '';
  const contract = CONTRACT.exec(path)?.[1];
  const supplier = SUPPLIER.exec(path)?.[1];
  if (contract) {
    return (
      <Link to="/kontrakter/$contractId" params={{ contractId: contract }} className="weight-semibold">
        {n.title}
      </Link>
    );
  }
  if (supplier) {
    return (
      <Link to="/leverandoerer/$supplierId" params={{ supplierId: supplier }} className="weight-semibold">
        {n.title}
      </Link>
    );
  }
  if (n.link?.startsWith('/') && !n.link.startsWith('//')) {
    return (
      <a href={n.link} className="weight-semibold">
        {n.title}
      </a>
    );
  }
  return <span className="weight-semibold">{n.title}</span>;
}
