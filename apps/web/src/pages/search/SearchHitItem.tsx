import type { SearchHit } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { HitSnippet } from './HitSnippet.tsx';
import { hitTarget } from './searchHits.ts';
import { useHitPlace } from './useHitPlace.ts';

/** What a hit belongs to, e.g. "Priselement i K-1 Økonomisystem" or "Kontaktperson hos Ærø Data A/S". */
function useHitContext(): (hit: SearchHit) => string | null {
  const { t } = useTranslation();
  return (hit) => {
    const contract = hit.contract ? `${hit.contract.number} ${hit.contract.name}` : null;
    const supplier = hit.supplier?.name ?? null;
    switch (hit.kind) {
      case 'contract':
        return supplier ? t('search.context.contract', { supplier }) : null;
      case 'supplier':
        return null;
      case 'contact':
        return supplier ? t('search.context.contact', { supplier }) : null;
      case 'price_element':
        return contract ? t('search.context.priceElement', { contract }) : null;
      case 'document':
        if (contract) return t('search.context.contractDocument', { contract });
        return supplier ? t('search.context.supplierDocument', { supplier }) : null;
    }
  };
}

/** One hit: its title linked to the page that shows it, what it belongs to, where it was found, and the text around it. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const place = useHitPlace();
  const context = useHitContext()(hit);
  const target = hitTarget(hit);
  return (
    <li className="search-hit">
      <p className="search-hit-title">
        {target?.to === '/kontrakter/$contractId' ? (
          <Link to={target.to} params={{ contractId: target.contractId }}>
            {hit.title}
          </Link>
        ) : target?.to === '/leverandoerer/$supplierId' ? (
          <Link to={target.to} params={{ supplierId: target.supplierId }}>
            {hit.title}
          </Link>
        ) : (
          hit.title
        )}
      </p>
      <p className="search-hit-place">
        {context ? <span>{context}. </span> : null}
        <span>{t('search.foundIn', { place: place(hit) })}</span>
      </p>
      <HitSnippet hit={hit} />
    </li>
  );
}
