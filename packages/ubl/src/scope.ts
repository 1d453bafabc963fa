import { EInvoiceError, type SourcePosition } from './errors.js';
import type { Leaf } from './values.js';

/**
 * Where an element is: its path from the root ("Invoice/cac:InvoiceLine") and source position, for messages
 * and the line number of invoice lines. Read it while the element is open (in the scope's `close` at the latest).
 */
export type Place = { readonly path: string; readonly position: SourcePosition; readonly line: number };

const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

export type Namespace = 'cac' | 'cbc' | null;

/** The UBL component namespace of an element, or null for any other. */
export function namespaceOf(uri: string): Namespace {
  return uri === CBC ? 'cbc' : uri === CAC ? 'cac' : null;
}

/**
 * One step of the paths a scope reads: a trie node per relative path, so that finding what an element is
 * means one map look-up from its parent's node, with no path string built per element. An element whose name
 * has no node is skipped with everything inside it.
 */
export class Route {
  /** Child elements by local name, in the cac and cbc namespaces (nothing is read from any other). */
  private readonly cac = new Map<string, Route>();
  private readonly cbc = new Map<string, Route>();
  /** A leaf whose text the scope reads. */
  leaf = false;
  /** A path the scope's `enter` is told about (it may start a child scope there). */
  entry = false;

  constructor(
    /** The canonical name of the element ("cbc:ID"), whatever prefix the document uses. */
    readonly name: string,
    /** The path relative to the scope's element ("cac:Price/cbc:PriceAmount"). */
    public path: string,
  ) {}

  /** The child route of an element in namespace `ns` (see `namespaceOf`), if the scope reads it. */
  child(ns: Namespace, local: string): Route | undefined {
    return ns === 'cbc' ? this.cbc.get(local) : ns === 'cac' ? this.cac.get(local) : undefined;
  }

  add(path: string): Route {
    let node: Route = this;
    for (const name of path.split('/')) {
      const [prefix, local = ''] = name.split(':');
      const children = prefix === 'cbc' ? node.cbc : prefix === 'cac' ? node.cac : null;
      if (!children || !local) throw new Error(`a route must be cac:/cbc: names: ${path}`);
      let next = children.get(local);
      if (!next) {
        next = new Route(name, node.path === '' ? name : `${node.path}/${name}`);
        children.set(local, next);
      }
      node = next;
    }
    // The caller's own string literal: scopes compare paths with literals, which is then an identity check.
    node.path = path;
    return node;
  }
}

/** The routes of a scope: the relative paths of the leaves it reads and of the elements its `enter` is told about. */
export function routesOf(leaves: readonly string[], entries: readonly string[] = []): Route {
  const root = new Route('', '');
  for (const path of leaves) root.add(path).leaf = true;
  for (const path of entries) root.add(path).entry = true;
  return root;
}

/**
 * Reads one UBL aggregate (the document, a party, a line…) from the parser's events. Paths are relative to the
 * scope's own element and written with the canonical prefixes ("cac:Price/cbc:PriceAmount") whatever prefixes
 * the document uses, so an element is only ever read where the standard puts it: a cbc:ID nested deeper (in a
 * party, an order reference, a tax category) never reaches a field meant for another cbc:ID.
 */
export abstract class Scope {
  /** The leaves whose text this scope reads and the paths `enter` hears of; other elements are skipped unread. */
  abstract readonly routes: Route;

  /** An element listed as an entry starts: a scope that reads it (and everything under it), or null. */
  enter(_path: string, _place: () => Place): Scope | null {
    return null;
  }

  /** A leaf ended. */
  abstract leaf(path: string, leaf: Leaf): void;

  /** The scope's own element ended. */
  close(): void {}
}

/** Sets a field only the first time a value is seen: repeated elements do not overwrite. */
export function first<T>(current: T | null, next: () => T | null): T | null {
  return current ?? next();
}

export function missing(place: Place, child: string): EInvoiceError {
  return new EInvoiceError('missing', `${place.path}/${child} is missing`, place.position);
}
