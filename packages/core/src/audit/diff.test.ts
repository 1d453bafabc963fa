import { describe, expect, it } from 'vitest';
import { diffFields } from './diff.js';

describe('diffFields', () => {
  it('given a create, records every field with a null before', () => {
    expect(diffFields(null, { id: 'u1', name: 'Skole', parentId: null })).toEqual({
      id: { before: null, after: 'u1' },
      name: { before: null, after: 'Skole' },
    });
  });

  it('given an update, records only the fields that changed', () => {
    const before = { id: 'u1', name: 'Skole', ean: '5798000416604', updatedAt: '2026-01-01T00:00:00Z' };
    const after = { id: 'u1', name: 'Skoleforvaltningen', ean: '5798000416604', updatedAt: '2026-02-01T00:00:00Z' };
    expect(diffFields(before, after)).toEqual({ name: { before: 'Skole', after: 'Skoleforvaltningen' } });
  });

  it('given a delete, records every field with a null after', () => {
    expect(diffFields({ id: 'm1', role: 'læser' }, null)).toEqual({
      id: { before: 'm1', after: null },
      role: { before: 'læser', after: null },
    });
  });

  it('never records secrets', () => {
    expect(diffFields({ passwordHash: 'a' }, { passwordHash: 'b' })).toEqual({});
    expect(diffFields(null, { tokenHash: 'x', name: 'CI' })).toEqual({ name: { before: null, after: 'CI' } });
  });

  it('treats equal structured values and undefined/null as unchanged, and writes bigint as text', () => {
    expect(diffFields({ tags: ['a'], x: undefined }, { tags: ['a'], x: null })).toEqual({});
    expect(diffFields({ amount: 100n }, { amount: 250n })).toEqual({ amount: { before: '100', after: '250' } });
  });
});
