import type { SearchHit } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { SearchHitItem } from './SearchHitItem.tsx';
import type { SearchKind } from './searchHits.ts';

/** The hits of one kind under a heading such as "Kontrakter (3)". */
export function SearchHitGroup({ kind, hits }: { kind: SearchKind; hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `search-group-${kind}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h2 id={headingId}>{t('search.group', { kind: t(`search.kinds.${kind}`), n: format.number(hits.length) })}</h2>
      <ul className="unstyled-list search-hits">
        {hits.map((hit) => (
          <SearchHitItem key={`${hit.kind}-${hit.id}`} hit={hit} />
        ))}
      </ul>
    </section>
  );
}
