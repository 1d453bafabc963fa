/// <reference path="./snowball-stemmers.d.ts" />
// The reference makes the declaration reach every program that compiles this file (the test and web
// tsconfigs include only some of core's files).
import { newStemmer, type Stemmer } from 'snowball-stemmers';

/**
 * Search terms for Danish text, the same in the index and in the query: words are runs of Unicode letters and
 * digits, lower-cased, with æ, ø and å kept (they are letters of their own, not a with a ring), reduced to
 * their Snowball Danish stem, so that "leverandørens" finds "leverandører" — as PostgreSQL's `danish`
 * configuration does. The index column holds the stems joined by spaces (SQLite FTS5, `unicode61
 * remove_diacritics 0`), which is why a stem must never contain a separator.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
export const MAX_QUERY_TERMS = 20;

let stemmer: Stemmer | undefined;
// Created on first use, so a program that imports @overblik/core for other rules does no work for it.
const danish = (): Stemmer => {
  stemmer ??= newStemmer('danish');
  return stemmer;
};

/** Composed form first, so "é" written as e + combining accent (macOS names, some PDFs) stays one letter. */
const composed = (text: string) => text.normalize('NFC');

/** The words of `text`, lower-cased the Danish way; digits stay ("k02", "2026"), letters are not folded. */
export function searchTokens(text: string): string[] {
  return (composed(text).match(WORD) ?? []).map((word) => word.toLocaleLowerCase('da'));
}

/** The Snowball Danish stem of a lower-cased word; a word with a digit in it (an id, a year) is kept whole. */
export function stemDanish(word: string): string {
  if (word === '' || DIGIT.test(word)) return word;
  const stem = danish().stem(word);
  return stem === '' ? word : stem;
}

/** The stems of every word of `text`, in order and with repeats: what a document is indexed under. */
export function searchTerms(text: string): string[] {
  return searchTokens(text).map(stemDanish);
}

/** The text to store in the full-text column: the stems joined by single spaces. */
export function indexText(text: string): string {
  return searchTerms(text).join(' ');
}

/**
 * The distinct words of what a person searched for, lower-cased, in the order typed, at most `MAX_QUERY_TERMS`:
 * for a database that stems them itself (PostgreSQL's `danish` configuration).
 */
export function queryWords(query: string): string[] {
  return [...new Set(searchTokens(query))].slice(0, MAX_QUERY_TERMS);
}

/** The distinct stems of what a person searched for, in the order typed, at most `MAX_QUERY_TERMS`. */
export function queryTerms(query: string): string[] {
  return [...new Set(searchTerms(query))].slice(0, MAX_QUERY_TERMS);
}

export type SearchHit = {
  /** About `width` characters of the text around the hit, whitespace collapsed, "…" where the text was cut. */
  snippet: string;
  /** Where the hit word starts in `snippet` (UTF-16 offset, as `String.prototype.slice` counts). */
  start: number;
  /** Where the hit word ends in `snippet` (exclusive). */
  end: number;
};

/**
 * The first word of `text` whose stem is one of `terms` (stems, as from `queryTerms`), shown in a snippet of
 * about `width` characters cut at spaces, with the hit's place in the snippet so a page can highlight it.
 * Null when no word matches.
 */
export function findHit(text: string, terms: readonly string[], width = 160): SearchHit | null {
  if (terms.length === 0) return null;
  const wanted = new Set(terms);
  const source = composed(text);
  const seen = new Map<string, boolean>();
  for (const match of source.matchAll(WORD)) {
    const word = match[0].toLocaleLowerCase('da');
    let hit = seen.get(word);
    if (hit === undefined) {
      hit = wanted.has(stemDanish(word));
      seen.set(word, hit);
    }
    if (hit) return snippetAround(source, match.index, match.index + match[0].length, width);
  }
  return null;
}

const SPACE = /\s/u;
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);
const collapse = (text: string) => text.replace(/\s+/gu, ' ');

function snippetAround(text: string, hitStart: number, hitEnd: number, width: number): SearchHit {
  const room = Math.max(0, width - (hitEnd - hitStart));
  // Half the room on each side; room one side cannot use goes to the other.
  let from = hitStart - Math.floor(room / 2);
  let to = hitEnd + Math.ceil(room / 2);
  if (from < 0) {
    to = Math.min(text.length, to - from);
    from = 0;
  } else if (to > text.length) {
    from = Math.max(0, from - (to - text.length));
    to = text.length;
  }
  from = cutBefore(text, from, hitStart);
  to = cutAfter(text, to, hitEnd);

  const before = collapse(text.slice(from, hitStart)).trimStart();
  const after = collapse(text.slice(hitEnd, to)).trimEnd();
  const head = hasText(text, 0, from) ? '…' : '';
  const tail = hasText(text, to, text.length) ? '…' : '';
  const start = head.length + before.length;
  const end = start + (hitEnd - hitStart);
  return { snippet: `${head}${before}${text.slice(hitStart, hitEnd)}${after}${tail}`, start, end };
}

/** Whether anything but whitespace lies in [from, to) — only then was something cut away. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return true;
  return false;
}

/** Moves a cut that falls inside a word forward to the next word, never past the hit. */
function cutBefore(text: string, from: number, hitStart: number): number {
  if (from === 0 || isSpace(text[from - 1])) return from;
  for (let i = from; i < hitStart; i++) if (isSpace(text[i])) return i + 1;
  return hitStart;
}

/** Moves a cut that falls inside a word back to the end of the previous word, never before the hit's end. */
function cutAfter(text: string, to: number, hitEnd: number): number {
  if (to === text.length || isSpace(text[to])) return to;
  for (let i = to - 1; i >= hitEnd; i--) if (isSpace(text[i])) return i;
  return hitEnd;
}
