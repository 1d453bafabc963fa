import type { SearchHit } from '@overblik/api';
import { splitSnippet } from './searchHits.ts';

/** The text around a hit, with the words found marked. */
export function HitSnippet({ hit }: { hit: SearchHit }) {
  const parts = splitSnippet(hit.snippet, hit.highlight);
  return (
    <p className="search-hit-snippet">
      {parts ? (
        <>
          {parts.before}
          <mark>{parts.hit}</mark>
          {parts.after}
        </>
      ) : (
        hit.snippet
      )}
    </p>
  );
}
