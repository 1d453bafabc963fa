import type { EInvoice, EInvoiceKind } from '@overblik/core';
import type { SaxesTagNS } from 'saxes';
import { byteLength, textChunks } from './decode.js';
import { DocumentScope } from './document.js';
import { EInvoiceError, type SourcePosition } from './errors.js';
import { MAX_PATH_DEPTH, type Place, type Scope } from './scope.js';
import { newSaxesParser } from './shaped-parser.js';

export const DEFAULT_MAX_INVOICE_BYTES = 20 * 1024 * 1024;

export type ParseOptions = { maxBytes?: number };

/**
 * Real invoices nest about a dozen elements deep. The limit matters because saxes resolves each element's
 * namespace prefix by walking up the open elements: a maliciously deep document would take quadratic time.
 */
const MAX_NESTING = 100;

const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:';
const ROOTS: Record<string, EInvoiceKind> = {
  [`${UBL}Invoice-2 Invoice`]: 'invoice',
  [`${UBL}CreditNote-2 CreditNote`]: 'credit_note',
};
const PREFIXES: Record<string, string> = {
  [`${UBL}CommonAggregateComponents-2`]: 'cac',
  [`${UBL}CommonBasicComponents-2`]: 'cbc',
};

/**
 * Reads an OIOUBL 2.0x/2.1 or Peppol BIS 3 invoice or credit note. The XML is parsed as a stream of SAX
 * events, never as a tree, and only the text of elements that become fields is kept. A DOCTYPE or a
 * reference to an undefined entity is refused, so nothing is ever expanded or fetched.
 */
export function parseEInvoice(input: Uint8Array | string, options: ParseOptions = {}): EInvoice {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INVOICE_BYTES;
  const size = byteLength(input);
  if (size > maxBytes) throw new EInvoiceError('too_large', `the document is ${size} bytes, more than the ${maxBytes} allowed`);
  return new EInvoiceReader().read(input);
}

type Capture = { path: string; scope: Scope; tag: SaxesTagNS; depth: number; position: SourcePosition; text: string };

class EInvoiceReader {
  private readonly parser = newSaxesParser();
  /** Canonical names ("cac:Party") of the open elements, the root first. */
  private readonly names: string[] = [];
  /** The scopes reading the open elements, each with the index in `names` of the element it reads. */
  private readonly scopes: { scope: Scope; depth: number }[] = [];
  private document: DocumentScope | null = null;
  /** Depth inside a subtree that is skipped whole (extensions, attachments, foreign vocabularies). */
  private skipped = 0;
  private capture: Capture | null = null;
  private readonly onText = (text: string) => {
    if (this.capture) this.capture.text += text;
  };

  constructor() {
    const parser = this.parser;
    parser.on('doctype', () => {
      throw new EInvoiceError('doctype', 'a DOCTYPE declaration is not allowed in an e-invoice', this.position());
    });
    parser.on('error', (error) => {
      throw this.parserError(error);
    });
    parser.on('opentagstart', () => {
      if (this.names.length + this.skipped >= MAX_NESTING) {
        throw new EInvoiceError('malformed', `elements are nested more than ${MAX_NESTING} deep`, this.position());
      }
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', () => this.close());
    parser.on('cdata', this.onText);
  }

  read(input: Uint8Array | string): EInvoice {
    // Every problem saxes finds reaches the 'error' handler, which throws an EInvoiceError.
    for (const chunk of textChunks(input)) this.parser.write(chunk);
    this.parser.close();
    if (!this.document) throw new EInvoiceError('malformed', 'the document has no root element');
    return this.document.result();
  }

  private open(tag: SaxesTagNS): void {
    if (this.capture) this.endCapture(false); // an element with child elements is not a leaf
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    if (this.names.length === 0) {
      this.openRoot(tag);
      return;
    }
    const prefix = PREFIXES[tag.uri];
    // Nothing we read lives outside cac/cbc, and an attachment can be megabytes of base64: skip those subtrees.
    if (prefix === undefined || tag.local === 'EmbeddedDocumentBinaryObject') {
      this.skipped = 1;
      return;
    }
    const depth = this.names.length;
    const top = this.scopes[this.scopes.length - 1];
    if (!top || depth - top.depth > MAX_PATH_DEPTH) {
      this.skipped = 1;
      return;
    }
    this.names.push(`${prefix}:${tag.local}`);
    const path = this.names.slice(top.depth + 1).join('/');
    const child = top.scope.enter(path, () => this.place());
    if (child) this.scopes.push({ scope: child, depth });
    else if (top.scope.leaves.has(path)) {
      this.capture = { path, scope: top.scope, tag, depth, position: this.position(), text: '' };
      // Text is only buffered (by saxes too) while a handler is set: other text, however long, is never kept.
      this.parser.on('text', this.onText);
    }
  }

  private openRoot(tag: SaxesTagNS): void {
    const kind = ROOTS[`${tag.uri} ${tag.local}`];
    if (!kind) {
      const name = tag.uri ? `{${tag.uri}}${tag.local}` : tag.local;
      throw new EInvoiceError('not_ubl', `the root element ${name} is not a UBL Invoice or CreditNote`, this.position());
    }
    this.names.push(tag.local);
    this.document = new DocumentScope(kind, tag.local);
    this.scopes.push({ scope: this.document, depth: 0 });
  }

  private close(): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    const depth = this.names.length - 1;
    if (this.capture?.depth === depth) this.endCapture(true);
    const top = this.scopes[this.scopes.length - 1];
    if (top?.depth === depth) {
      this.scopes.pop();
      top.scope.close();
    }
    this.names.pop();
  }

  private endCapture(complete: boolean): void {
    const capture = this.capture;
    this.parser.off('text');
    this.capture = null;
    if (!capture || !complete) return;
    const { tag } = capture;
    capture.scope.leaf(capture.path, {
      text: capture.text.trim(),
      attribute: (name) => Object.values(tag.attributes).find((a) => a.uri === '' && a.local === name)?.value ?? null,
      path: this.names.join('/'),
      position: capture.position,
    });
  }

  private place(): Place {
    return { path: this.names.join('/'), position: this.position() };
  }

  private position(): SourcePosition {
    return { line: this.parser.line, column: Math.max(1, this.parser.column) };
  }

  private parserError(error: Error): EInvoiceError {
    const message = error.message.replace(/^\d+:\d+: /, '');
    if (message === 'undefined entity.') {
      const detail =
        'reference to an undefined entity (only the five predefined XML entities and character references are allowed)';
      return new EInvoiceError('entity', detail, this.position());
    }
    return new EInvoiceError('malformed', `not well-formed XML: ${message}`, this.position());
  }
}
