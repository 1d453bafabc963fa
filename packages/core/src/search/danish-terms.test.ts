import { describe, expect, it } from 'vitest';
import {
  findHit,
  indexText,
  MAX_QUERY_TERMS,
  queryTerms,
  queryWords,
  searchTerms,
  searchTokens,
  stemDanish,
} from './danish-terms.js';

describe('searchTokens', () => {
  it.each([
    ['K02-kontrakt, 2026.', ['k02', 'kontrakt', '2026']],
    ['KMD A/S', ['kmd', 'a', 's']],
    ['Ærø Østjylland Ålborg', ['ærø', 'østjylland', 'ålborg']],
    ['Café Noël', ['café', 'noël']],
    ['Cafe\u0301', ['café']],
    ['  «Leverandøren» – (ny)!\n\tside 3/4 ', ['leverandøren', 'ny', 'side', '3', '4']],
    ['e-mail: drift@kommune.dk', ['e', 'mail', 'drift', 'kommune', 'dk']],
    ['', []],
    [' ,.;-— ', []],
  ])('given %j, when split, then the words are %j', (text, expected) => {
    expect(searchTokens(text)).toEqual(expected);
  });
});

describe('stemDanish', () => {
  it.each([
    ['leverandøren', 'leverandør'],
    ['leverandører', 'leverandør'],
    ['leverandørens', 'leverandør'],
    ['leverandørerne', 'leverandør'],
    ['kontrakten', 'kontrakt'],
    ['kontrakter', 'kontrakt'],
    ['kontrakterne', 'kontrakt'],
    ['kommunernes', 'kommune'],
    ['opsigelsen', 'opsigelse'],
  ])('given %j, when stemmed, then it has the same stem as %j', (word, base) => {
    expect(stemDanish(word)).toBe(stemDanish(base));
  });

  it.each([
    ['øl', 'ol'],
    ['år', 'ar'],
    ['ære', 'aere'],
    ['både', 'bade'],
    ['kør', 'kor'],
  ])('given %j and %j, then æ, ø and å are not folded: the stems differ', (a, b) => {
    expect(stemDanish(a)).not.toBe(stemDanish(b));
  });

  it.each(['k02', '2026', 'v2', '1a'])('given %j with a digit in it, then it is kept whole', (word) => {
    expect(stemDanish(word)).toBe(word);
  });

  it('given an empty word, then the stem is empty', () => {
    expect(stemDanish('')).toBe('');
  });
});

describe('searchTerms and indexText', () => {
  it('given text, then every word is stemmed, in order and with repeats', () => {
    expect(searchTerms('Kontrakten og kontrakter')).toEqual([stemDanish('kontrakt'), 'og', stemDanish('kontrakt')]);
  });

  it.each([
    ['KMD', 'kmd'],
    ['LEVERANDØREN', 'leverandør'],
    ['Århus', 'århus'],
  ])('given %j, then it is indexed as %j in lower case', (text, word) => {
    expect(searchTerms(text)).toEqual([stemDanish(word)]);
  });

  it('given punctuation and numbers, then the index text is the stems joined by single spaces', () => {
    expect(indexText('K02-kontrakt, 2026.\n\nLeverandørens  KMD')).toBe(
      ['k02', stemDanish('kontrakt'), '2026', 'leverandør', 'kmd'].join(' '),
    );
  });

  it('given a text without words, then the index text is empty', () => {
    expect(indexText(' – … ')).toBe('');
  });
});

describe('queryTerms', () => {
  it('given a query, when read, then it has the distinct stems in the order typed', () => {
    expect(queryTerms('Leverandøren leverandører KMD kmd 2026')).toEqual(['leverandør', 'kmd', '2026']);
  });

  it('given an index and a query with other endings, then every query term is among the indexed terms', () => {
    const indexed = new Set(indexText('Kontrakten med leverandøren KMD om K02, 2026').split(' '));
    for (const term of queryTerms('kontrakter leverandørens kmd k02')) expect(indexed.has(term)).toBe(true);
  });

  it(`given more than ${MAX_QUERY_TERMS} words, then only the first ${MAX_QUERY_TERMS} distinct terms are kept`, () => {
    const words = Array.from({ length: 30 }, (_, i) => `ord${i}`);
    expect(queryTerms(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });

  it('given only punctuation, then there are no terms', () => {
    expect(queryTerms(' "" - ? ')).toEqual([]);
  });

  it(`given words for a database that stems them itself, then the distinct words, lower-cased, at most ${MAX_QUERY_TERMS}`, () => {
    expect(queryWords('Leverandøren KMD kmd 2026')).toEqual(['leverandøren', 'kmd', '2026']);
    const words = Array.from({ length: 30 }, (_, i) => `ord${i}`);
    expect(queryWords(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });
});

describe('findHit', () => {
  const filler = (word: string, count: number) => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');
  const highlighted = (hit: ReturnType<typeof findHit>) => (hit === null ? null : hit.snippet.slice(hit.start, hit.end));

  it.each([
    ['at the start', `Leverandøren skal levere. ${filler('fyld', 100)}`, 'Leverandøren', false, true],
    ['in the middle', `${filler('før', 100)} Med leverandørens accept. ${filler('efter', 100)}`, 'leverandørens', true, true],
    ['at the end', `${filler('fyld', 100)} Betales af leverandøren`, 'leverandøren', true, false],
    ['in a short text', 'Kontakt leverandøren.', 'leverandøren', false, false],
  ])(
    'given a long text with the word %s, then the snippet shows it with the right offsets',
    (_where, text, word, cutBefore, cutAfter) => {
      const hit = findHit(text, queryTerms('leverandør'), 80);
      expect(hit).not.toBeNull();
      expect(highlighted(hit)).toBe(word);
      const snippet = hit?.snippet ?? '';
      expect(snippet.startsWith('…')).toBe(cutBefore);
      expect(snippet.endsWith('…')).toBe(cutAfter);
      expect(snippet.length).toBeLessThanOrEqual(80 + 2);
      if (text.length > 80) expect(snippet.length).toBeGreaterThan(60);
      // Cut at spaces: every word in the snippet is a whole word of the text.
      const words = new Set(text.split(/\s+/));
      for (const w of snippet.replace(/…/g, '').split(' ')) expect(words).toContain(w);
    },
  );

  it('given a text, then the first matching word is the hit, whatever its ending or case', () => {
    const hit = findHit('Aftalen. KONTRAKTERNE og kontrakten.', queryTerms('kontrakt'));
    expect(hit).toEqual({ snippet: 'Aftalen. KONTRAKTERNE og kontrakten.', start: 9, end: 21 });
  });

  it('given a text with line breaks and tabs, then the snippet shows them as single spaces', () => {
    const hit = findHit('Navn:\t\tKMD\n\nPris:   100 kr.', queryTerms('kmd'));
    expect(hit).toEqual({ snippet: 'Navn: KMD Pris: 100 kr.', start: 6, end: 9 });
  });

  it('given a word joined to others by punctuation, then the hit is that word alone', () => {
    const hit = findHit('Se K02-kontrakten.', queryTerms('kontrakt'));
    expect(highlighted(hit)).toBe('kontrakten');
  });

  it('given a hit word longer than the width, then the snippet is the word with ellipses', () => {
    const long = 'a'.repeat(50);
    const hit = findHit(`før ${long} efter`, queryTerms(long), 20);
    expect(hit).toEqual({ snippet: `…${long}…`, start: 1, end: 51 });
  });

  it('given æ, ø and å, then a query without them does not match', () => {
    expect(findHit('Vi drikker øl.', queryTerms('ol'))).toBeNull();
    expect(highlighted(findHit('Vi drikker øl.', queryTerms('ØL')))).toBe('øl');
  });

  it.each([
    ['no matching word', 'Aftale om drift og support.', queryTerms('leverandør')],
    ['no terms', 'Aftale om drift og support.', []],
    ['an empty text', '', queryTerms('drift')],
  ])('given %s, then there is no hit', (_case, text, terms) => {
    expect(findHit(text, terms)).toBeNull();
  });
});
