import { Link } from '@tanstack/react-router';
import chevronLeft from 'dkfds-dist/img/svg-icons/chevron-left.svg';
import type { ReactNode } from 'react';

type Props = {
  to:
    | '/leverandoerer'
    | '/kontrakter'
    | '/faellesprojekter'
    | '/faellesskaber'
    | '/leverandoerstyring/segmentering'
    | '/leverandoerstyring/styringsorganer'
    | '/leverandoerstyring/moeder';
  children: ReactNode;
};

/** DKFDS back link to the page one came from, e.g. from a supplier to the supplier list or from a contract to the contract list. */
export function BackLink({ to, children }: Props) {
  return (
    <Link to={to} className="back-link">
      <img className="icon-svg" src={chevronLeft} alt="" aria-hidden="true" />
      {children}
    </Link>
  );
}
