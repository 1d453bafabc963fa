import { EInvoiceError, type SourcePosition } from './errors.js';
import type { Leaf } from './values.js';

/** Where an element is: its path from the root ("Invoice/cac:InvoiceLine") and source position, for messages. */
export type Place = { path: string; position: SourcePosition };

/**
 * Reads one UBL aggregate (the document, a party, a line…) from SAX events. Paths are relative to the scope's
 * own element and written with the canonical prefixes ("cac:Price/cbc:PriceAmount") whatever prefixes the
 * document uses, so an element is only ever read where the standard puts it: a cbc:ID nested deeper (in a
 * party, an order reference, a tax category) never reaches a field meant for another cbc:ID.
 */
export abstract class Scope {
  /** The relative paths of the leaf elements whose text this scope reads; other text is never buffered. */
  abstract readonly leaves: ReadonlySet<string>;

  /** A descendant element starts: a scope that reads it (and everything under it), or null. */
  enter(_path: string, _place: () => Place): Scope | null {
    return null;
  }

  /** A leaf listed in `leaves` ended. */
  abstract leaf(path: string, leaf: Leaf): void;

  /** The scope's own element ended. */
  close(): void {}
}

/**
 * No path a scope reads (leaf or child scope) is more than this many elements below the scope's element.
 * Deeper subtrees are skipped unread, which also keeps path building cheap on maliciously deep nesting.
 */
export const MAX_PATH_DEPTH = 4;

/** Sets a field only the first time a value is seen: repeated elements do not overwrite. */
export function first<T>(current: T | null, next: () => T | null): T | null {
  return current ?? next();
}

export function missing(place: Place, child: string): EInvoiceError {
  return new EInvoiceError('missing', `${place.path}/${child} is missing`, place.position);
}
