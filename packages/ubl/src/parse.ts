import type { EInvoice, EInvoiceKind } from '@overblik/core';
import { byteLength, scanSource } from './decode.js';
import { DocumentScope } from './document.js';
import { EInvoiceError, type SourcePosition } from './errors.js';
import { type Namespace, namespaceOf, type Place, type Route, type Scope } from './scope.js';
import type { Leaf } from './values.js';
import { type XmlAttribute, type XmlHandler, type XmlName, XmlScanner } from './xml-scanner.js';

export const DEFAULT_MAX_INVOICE_BYTES = 20 * 1024 * 1024;

export type ParseOptions = { maxBytes?: number };

/** Real invoices nest about a dozen elements deep; far deeper nesting is refused as an attack on the parser. */
const MAX_NESTING = 100;

const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:';
const ROOTS: Record<string, EInvoiceKind> = {
  [`${UBL}Invoice-2 Invoice`]: 'invoice',
  [`${UBL}CreditNote-2 CreditNote`]: 'credit_note',
};

/**
 * Reads an OIOUBL 2.0x/2.1 or Peppol BIS 3 invoice or credit note. The XML is scanned as a stream of events,
 * never built as a tree, and only the text of elements that become fields is decoded and kept. A DOCTYPE or a
 * reference to an undefined entity is refused, so nothing is ever expanded or fetched.
 */
export function parseEInvoice(input: Uint8Array | string, options: ParseOptions = {}): EInvoice {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INVOICE_BYTES;
  const size = byteLength(input);
  if (size > maxBytes) throw new EInvoiceError('too_large', `the document is ${size} bytes, more than the ${maxBytes} allowed`);
  return new EInvoiceReader().read(input);
}

/**
 * The leaf a scope's `leaf` is handed. One object is reused for every leaf, so it is only valid during that
 * call (scopes read their values there and then); its path and position are worked out only for a message.
 */
class CapturedLeaf implements Leaf {
  text = '';
  attributes: readonly XmlAttribute[] = [];
  offset = 0;

  constructor(private readonly reader: EInvoiceReader) {}

  attribute(name: string): string | null {
    // An unprefixed attribute has no namespace, so its qualified name is its local name.
    for (const a of this.attributes) if (a.qname === name) return a.value;
    return null;
  }

  get path(): string {
    return this.reader.path();
  }

  get position(): SourcePosition {
    return this.reader.position(this.offset);
  }
}

/** An element's place, worked out when asked for (see `Place`: while the element is still open). */
class ElementPlace implements Place {
  constructor(
    private readonly reader: EInvoiceReader,
    private readonly offset: number,
  ) {}

  get path(): string {
    return this.reader.path();
  }

  get position(): SourcePosition {
    return this.reader.position(this.offset);
  }

  get line(): number {
    return this.reader.line(this.offset);
  }
}

class EInvoiceReader implements XmlHandler {
  wantsText = false;
  private scanner: XmlScanner | null = null;
  private document: DocumentScope | null = null;
  /**
   * The open elements that are read, the root first: their canonical names (for messages), the scope reading
   * each, and each one's route relative to its scope's element.
   */
  private readonly names: string[] = [];
  private readonly scopes: Scope[] = [];
  private readonly routes: Route[] = [];
  /** Depth inside a subtree that is skipped whole (extensions, attachments, foreign vocabularies). */
  private skipped = 0;
  // The leaf being read, if any (`wantsText` is then true): its depth, attributes, start and text so far.
  private leafDepth = -1;
  private leafAttributes: readonly XmlAttribute[] = [];
  private leafOffset = 0;
  private leafText = '';
  private readonly leaf = new CapturedLeaf(this);
  private cbcUri: string | null = null;
  private cacUri: string | null = null;

  read(input: Uint8Array | string): EInvoice {
    const { source, bytes } = scanSource(input);
    this.scanner = new XmlScanner({ source, bytes, maxDepth: MAX_NESTING }, this);
    this.scanner.scan();
    if (!this.document) throw new EInvoiceError('malformed', 'the document has no root element');
    return this.document.result();
  }

  open(name: XmlName, attributes: readonly XmlAttribute[], offset: number): void {
    if (this.wantsText) this.endLeaf(false); // an element with child elements is not a leaf
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    const depth = this.routes.length;
    if (depth === 0) {
      this.openRoot(name, offset);
      return;
    }
    const scope = this.scopes[depth - 1] as Scope;
    const parentRoute = this.routes[depth - 1] as Route;
    // Most names always sit under the same parent: the scanner's memo slot on the name saves the look-up.
    let route: Route | undefined;
    if (name.memoKey === parentRoute) route = name.memoValue as Route | undefined;
    else {
      route = parentRoute.child(this.namespaceOf(name.uri), name.local);
      name.memoKey = parentRoute;
      name.memoValue = route;
    }
    // Nothing we read lives outside cac/cbc or off the scopes' routes; an attachment can be megabytes of base64.
    if (!route) {
      this.skipped = 1;
      return;
    }
    this.names.push(route.name);
    if (route.entry) {
      const child = scope.enter(route.path, () => new ElementPlace(this, offset));
      if (child) {
        this.scopes.push(child);
        this.routes.push(child.routes);
        return;
      }
    }
    this.scopes.push(scope);
    this.routes.push(route);
    if (route.leaf) {
      this.leafDepth = depth;
      this.leafAttributes = attributes;
      this.leafOffset = offset;
      this.leafText = '';
      this.wantsText = true;
    }
  }

  /**
   * The namespace of an element, remembering the two URI strings last found to be cbc and cac: all elements
   * of a document share the string of the declaration in force, so the usual check is an identity compare
   * rather than a comparison of 60 characters.
   */
  private namespaceOf(uri: string): Namespace {
    if (uri === this.cbcUri) return 'cbc';
    if (uri === this.cacUri) return 'cac';
    const ns = namespaceOf(uri);
    if (ns === 'cbc') this.cbcUri = uri;
    else if (ns === 'cac') this.cacUri = uri;
    return ns;
  }

  text(value: string): void {
    this.leafText += value;
  }

  private openRoot(name: XmlName, offset: number): void {
    const kind = ROOTS[`${name.uri} ${name.local}`];
    if (!kind) {
      const shown = name.uri ? `{${name.uri}}${name.local}` : name.local;
      throw new EInvoiceError('not_ubl', `the root element ${shown} is not a UBL Invoice or CreditNote`, this.position(offset));
    }
    this.names.push(name.local);
    this.document = new DocumentScope(kind, name.local);
    this.scopes.push(this.document);
    this.routes.push(this.document.routes);
  }

  close(): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    const depth = this.routes.length - 1;
    if (this.wantsText && depth === this.leafDepth) this.endLeaf(true);
    const scope = this.scopes.pop();
    const route = this.routes.pop();
    // The element a scope was started for: the scope is done.
    if (scope && scope.routes === route) scope.close();
    this.names.pop();
  }

  private endLeaf(complete: boolean): void {
    const depth = this.leafDepth;
    this.wantsText = false;
    this.leafDepth = -1;
    if (!complete) return;
    const leaf = this.leaf;
    leaf.text = this.leafText.trim();
    leaf.attributes = this.leafAttributes;
    leaf.offset = this.leafOffset;
    (this.scopes[depth] as Scope).leaf((this.routes[depth] as Route).path, leaf);
  }

  /** The path of the element now open, from the root ("Invoice/cac:InvoiceLine/cbc:ID"). */
  path(): string {
    return this.names.join('/');
  }

  position(offset: number): SourcePosition {
    return this.scanner?.position(offset) ?? { line: 1, column: 1 };
  }

  line(offset: number): number {
    return this.scanner?.line(offset) ?? 1;
  }
}
