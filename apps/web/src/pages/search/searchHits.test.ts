import type { SearchHit } from '@overblik/api';
import { describe, expect, it } from 'vitest';
import { groupHits, hitTarget, splitSnippet, textPart } from './searchHits.ts';

const CONTRACT = { id: '00000000-0000-4000-8000-000000000001', number: 'K-1', name: 'Økonomisystem' };
const SUPPLIER = { id: '00000000-0000-4000-8000-000000000002', name: 'Ærø Data A/S' };
const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'contract',
  id: '00000000-0000-4000-8000-000000000009',
  title: 'K-1 Økonomisystem',
  contract: null,
  supplier: null,
  field: 'name',
  snippet: 'Økonomisystem',
  highlight: null,
  ...over,
});

describe('search hits', () => {
  it('given hits of several kinds, then they are grouped in the page order and keep their rank within a group', () => {
    const a = hit({ kind: 'document', id: 'a' });
    const b = hit({ kind: 'contract', id: 'b' });
    const c = hit({ kind: 'document', id: 'c' });
    const d = hit({ kind: 'supplier', id: 'd' });
    expect(groupHits([a, b, c, d]).map((g) => [g.kind, g.hits.map((h) => h.id)])).toEqual([
      ['contract', ['b']],
      ['supplier', ['d']],
      ['document', ['a', 'c']],
    ]);
  });

  it.each([
    ['text:2', 2],
    ['text:10', 10],
    ['description', null],
    ['text:', null],
  ])('given the field %s, then the part of the document text is %s', (field, part) => {
    expect(textPart(field)).toBe(part);
  });

  it.each([
    [
      { start: 4, end: 8 },
      { before: 'Den ', hit: 'blåø', after: ' her' },
    ],
    [
      { start: 0, end: 12 },
      { before: '', hit: 'Den blåø her', after: '' },
    ],
    [{ start: 3, end: 3 }, null],
    [{ start: 5, end: 40 }, null],
    [{ start: -1, end: 2 }, null],
    [null, null],
  ])('given the highlight %o, then the snippet is cut as %o', (highlight, expected) => {
    expect(splitSnippet('Den blåø her', highlight)).toEqual(expected);
  });

  it('given each kind, then a hit links to the page that shows it', () => {
    expect(hitTarget(hit({ kind: 'contract', id: CONTRACT.id }))).toEqual({
      to: '/kontrakter/$contractId',
      contractId: CONTRACT.id,
    });
    expect(hitTarget(hit({ kind: 'supplier', id: SUPPLIER.id }))).toEqual({
      to: '/leverandoerer/$supplierId',
      supplierId: SUPPLIER.id,
    });
    expect(hitTarget(hit({ kind: 'contact', supplier: SUPPLIER }))).toEqual({
      to: '/leverandoerer/$supplierId',
      supplierId: SUPPLIER.id,
    });
    expect(hitTarget(hit({ kind: 'price_element', contract: CONTRACT }))).toEqual({
      to: '/kontrakter/$contractId',
      contractId: CONTRACT.id,
    });
    expect(hitTarget(hit({ kind: 'document', contract: CONTRACT }))).toEqual({
      to: '/kontrakter/$contractId',
      contractId: CONTRACT.id,
    });
    expect(hitTarget(hit({ kind: 'document', supplier: SUPPLIER }))).toEqual({
      to: '/leverandoerer/$supplierId',
      supplierId: SUPPLIER.id,
    });
    expect(hitTarget(hit({ kind: 'document' }))).toBeNull();
  });
});
