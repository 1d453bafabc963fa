import { EInvoiceError, type SourcePosition } from './errors.js';

/**
 * A non-validating, namespace-aware XML 1.0 scanner, written for e-invoices and measured against `xmllint`
 * (docs/performance.md). It checks well-formedness as XML 1.0 and Namespaces in XML 1.0 define it (names, tag
 * nesting, attribute syntax and uniqueness, declared prefixes, references, comments, processing instructions,
 * CDATA, one root element, the characters allowed), and it refuses every DOCTYPE, so no entity is ever
 * declared, expanded or fetched. Only the five predefined entities and character references are read.
 *
 * Speed comes from three choices: the document is scanned as one string with `indexOf` jumps between markup;
 * UTF-8 input is scanned as its bytes (one character per byte) and only the text a handler asks for is decoded;
 * and a qualified name is resolved to its namespace once per document, not once per element.
 */

export type XmlName = {
  readonly qname: string;
  readonly uri: string;
  readonly local: string;
  /**
   * Free for the handler to remember what it made of this name, as a key and a value. The same object is
   * handed over for every element with this name (and namespace) in one document, and never across documents.
   */
  memoKey: unknown;
  memoValue: unknown;
};
export type XmlAttribute = { readonly qname: string; readonly value: string };

export interface XmlHandler {
  /** Whether the character data of the element now open is wanted; `text` is only called while it is true. */
  readonly wantsText: boolean;
  /** An element starts at `offset` (its "<"). The attributes are those written on it, values decoded. */
  open(name: XmlName, attributes: readonly XmlAttribute[], offset: number): void;
  /** Character data of the current element, in pieces: references resolved, line ends normalised to "\n". */
  text(value: string): void;
  /** The current element ends. */
  close(): void;
}

export type ScanInput = {
  /** The document: real text, or (when `bytes` is true) UTF-8 bytes one per character, as `latin1` decodes them. */
  source: string;
  /** The source holds UTF-8 bytes that have already been checked to be valid UTF-8. */
  bytes: boolean;
  /** Elements nested deeper than this are refused. */
  maxDepth: number;
};

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const NO_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
const NOT_FOUND = Number.MAX_SAFE_INTEGER;
/**
 * Limits far above any real document that keep the checks linear: duplicate attributes are found by comparing
 * with the ones before, and every element that declares a namespace copies the bindings in force.
 */
const MAX_ATTRIBUTES = 256;
const MAX_NAMESPACE_BINDINGS = 256;

// ASCII name characters (XML 1.0 fifth edition, production [4] and [4a]): 1 = may start a name, 2 = may follow.
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  const follower = letter || (c >= 48 && c <= 57) || c === 45 || c === 46;
  ASCII_NAME[c] = letter ? 1 : follower ? 2 : 0;
}

function isNameStartChar(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] === 1;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

function isNameChar(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] !== 0;
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 || isNameStartChar(c);
}

/** Whether a whole string (real text) is an XML Name. */
function isXmlName(name: string): boolean {
  let first = true;
  for (const ch of name) {
    const c = ch.codePointAt(0) ?? 0;
    if (first ? !isNameStartChar(c) : !isNameChar(c)) return false;
    first = false;
  }
  return !first;
}

/** A regular-expression character class of code-unit ranges, e.g. [[0x0e, 0x1f]] → "[\\u000e-\\u001f]". */
function charClass(ranges: readonly (readonly [number, number])[]): string {
  const unit = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  return `[${ranges.map(([from, to]) => (from === to ? unit(from) : `${unit(from)}-${unit(to)}`)).join('')}]`;
}
const C0_CONTROLS = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
] as const;
/** Characters XML 1.0 never allows (production [2]): C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates. */
const BAD_TEXT_CHAR = new RegExp(
  `${charClass([...C0_CONTROLS, [0xfffe, 0xffff]])}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
);
/** The same on UTF-8 bytes: C0 controls (U+FFFE and U+FFFF, EF BF BE and EF BF BF, are looked for apart). */
const BAD_BYTE_CHAR = new RegExp(charClass(C0_CONTROLS));
const NON_ASCII = /[\x80-\xFF]/;
const XML_DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
/**
 * A namespace name must be a URI reference (RFC 3986), as libxml2 also insists: only URI characters and
 * %-escapes, square brackets only around an IP literal host, and text before the first ":" (when it comes
 * before any "/", "?" or "#") must be a scheme.
 */
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const IP_LITERAL_HOST = /^([A-Za-z][A-Za-z0-9+.-]*:)?\/\/(?:[^/?#@]*@)?\[[0-9A-Fa-f:.vV]+\]/;
const SCHEME_THEN_COLON = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|[^:/?#]*(?:[/?#]|$))/;

/** An authority ("//user@host:port"): the port, if any, is digits. */
const AUTHORITY = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/((?:[^/?#@]*@)?(?:\[[^\]]*\]|[^:/?#]*))(:[^/?#]*)?/;

function isUriReference(value: string): boolean {
  const host = IP_LITERAL_HOST.exec(value);
  const rest = host ? value.slice(host[0].length) : value;
  const port = AUTHORITY.exec(value)?.[2];
  return (
    URI_CHARACTERS.test(rest) &&
    (host !== null || SCHEME_THEN_COLON.test(value)) &&
    (port === undefined || /^:[0-9]*$/.test(port))
  );
}
const DECIMAL_REFERENCE = /^[0-9]+$/;
const HEX_REFERENCE = /^[0-9a-fA-F]+$/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Whether `s` holds the same `length` characters at `a` and at `b`. Names are compared with their earlier
 * occurrence in the same source string rather than with a copy: reading characters of one string
 * representation only keeps `charCodeAt` fast (comparing with copies, or `startsWith`, was measured at a fifth
 * of the scanning time).
 */
function sameText(s: string, a: number, b: number, length: number): boolean {
  if (b + length > s.length) return false;
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** A recently seen name: where it occurred in the source, its length, and (for elements) its resolution. */
type CachedName = { start: number; length: number; scope: NamespaceScope | null; name: XmlName };
const NAME_CACHE_SIZE = 256;

/** The names of one namespace scope: the prefixes bound in it, and the element names already resolved there. */
class NamespaceScope {
  readonly names = new Map<string, XmlName>();
  constructor(
    readonly bindings: ReadonlyMap<string, string>,
    readonly parent: NamespaceScope | null,
    /** The nesting depth of the element that declared it. */
    readonly depth: number,
  ) {}
}

export function scanXml(input: ScanInput, handler: XmlHandler): XmlScanner {
  const scanner = new XmlScanner(input, handler);
  scanner.scan();
  return scanner;
}

export class XmlScanner {
  private readonly s: string;
  private readonly n: number;
  private readonly bytes: boolean;
  private readonly maxDepth: number;
  /** The open elements: where each one's name starts in the source, and its length. */
  private readonly open: number[] = [];
  private readonly openLengths: number[] = [];
  private namespaces = new NamespaceScope(
    new Map([
      ['', ''],
      ['xml', XML_NAMESPACE],
    ]),
    null,
    -1,
  );
  private seenRoot = false;
  /**
   * Element and attribute names seen recently, by a hash of a few characters where a name starts. A hit is
   * confirmed against the earlier occurrence, which also finds where the name ends: the common case reads the
   * name once and neither copies, hashes nor resolves it.
   */
  private readonly nameCache: (CachedName | undefined)[] = new Array(NAME_CACHE_SIZE);
  private readonly attributeNameCache: (CachedName | undefined)[] = new Array(NAME_CACHE_SIZE);
  /** Where the next "&" and "]]>" are, found once and reused until passed (NOT_FOUND when there are none). */
  private nextAmpersand = -1;
  private nextCdataEnd = -1;
  // Line counting for positions, resumed from the last position asked for.
  private countedTo = 0;
  private countedLine = 1;
  private countedLineStart = 0;
  private loneCarriageReturns: boolean | null = null;

  constructor(
    input: ScanInput,
    private readonly handler: XmlHandler,
  ) {
    this.s = input.source;
    this.n = input.source.length;
    this.bytes = input.bytes;
    this.maxDepth = input.maxDepth;
  }

  scan(): void {
    const s = this.s;
    this.checkCharacters();
    const handler = this.handler;
    let p = this.prolog();
    for (;;) {
      // Most text between tags is indentation: skipped with nothing to check or deliver.
      let lt = p;
      while (isSpace(s.charCodeAt(lt))) lt++;
      if (s.charCodeAt(lt) !== 0x3c || handler.wantsText) {
        lt = s.indexOf('<', lt);
        const end = lt < 0 ? this.n : lt;
        if (end > p) this.characters(p, end);
        if (lt < 0) break;
      }
      p = this.markup(lt);
    }
    if (this.open.length > 0) {
      throw this.fail(`the document ends before the element <${this.openName()}> is closed`, this.n);
    }
    if (!this.seenRoot) throw this.fail('the document has no root element', this.n);
  }

  /** Every character must be one XML allows; one regular expression over the whole source is the cheapest check. */
  private checkCharacters(): void {
    const s = this.s;
    const bad = (this.bytes ? BAD_BYTE_CHAR : BAD_TEXT_CHAR).exec(s);
    let at = bad ? bad.index : -1;
    let code = bad ? (bad[0].codePointAt(0) ?? 0) : 0;
    if (this.bytes && s.includes('\xEF\xBF')) {
      for (const [bytes, char] of [
        ['\xEF\xBF\xBE', 0xfffe],
        ['\xEF\xBF\xBF', 0xffff],
      ] as const) {
        const found = s.indexOf(bytes);
        if (found >= 0 && (at < 0 || found < at)) [at, code] = [found, char];
      }
    }
    if (at >= 0) throw this.fail(`the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, at);
  }

  /** 1-based line and column (in characters) of an offset. Asked for in document order, this is cheap. */
  position(offset: number): SourcePosition {
    const line = this.line(offset);
    return { line, column: this.text(this.s.slice(this.countedLineStart, offset)).length + 1 };
  }

  /** The 1-based line of an offset, counting on from the offset asked for last. */
  line(offset: number): number {
    const s = this.s;
    if (offset < this.countedTo) {
      this.countedTo = 0;
      this.countedLine = 1;
      this.countedLineStart = 0;
    }
    let line = this.countedLine;
    let lineStart = this.countedLineStart;
    this.loneCarriageReturns ??= s.includes('\r') && /\r(?!\n)/.test(s);
    if (this.loneCarriageReturns) {
      for (let i = this.countedTo; i < offset; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && s.charCodeAt(i + 1) !== 0x0a)) {
          line++;
          lineStart = i + 1;
        }
      }
    } else {
      for (let nl = s.indexOf('\n', this.countedTo); nl >= 0 && nl < offset; nl = s.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
      }
    }
    this.countedTo = offset;
    this.countedLine = line;
    this.countedLineStart = lineStart;
    return line;
  }

  /** Source text (bytes, when scanning bytes) as real text. */
  text(raw: string): string {
    return this.bytes && NON_ASCII.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  }

  private fail(problem: string, offset: number): EInvoiceError {
    return new EInvoiceError('malformed', `not well-formed XML: ${problem}`, this.position(offset));
  }

  /** Skips a byte order mark and reads the XML declaration, if there is one. */
  private prolog(): number {
    const s = this.s;
    let p = 0;
    if (this.bytes ? s.startsWith('\xEF\xBB\xBF') : s.charCodeAt(0) === 0xfeff) p = this.bytes ? 3 : 1;
    if (s.startsWith('<?xml', p) && isSpace(s.charCodeAt(p + 5))) {
      XML_DECLARATION.lastIndex = p;
      if (!XML_DECLARATION.test(s)) throw this.fail('the XML declaration is malformed', p);
      return XML_DECLARATION.lastIndex;
    }
    return p;
  }

  /** Character data between markup, from `start` to `end` (a "<" or the end of the document). */
  private characters(start: number, end: number): void {
    const s = this.s;
    if (this.open.length === 0) {
      for (let i = start; i < end; i++) {
        if (!isSpace(s.charCodeAt(i))) throw this.fail('text outside the root element', i);
      }
      return;
    }
    if (this.nextCdataEnd < start) this.nextCdataEnd = this.indexOrNotFound(']]>', start);
    if (this.nextCdataEnd < end) throw this.fail('"]]>" is not allowed in text', this.nextCdataEnd);
    if (this.nextAmpersand < start) this.nextAmpersand = this.indexOrNotFound('&', start);
    if (!this.handler.wantsText) {
      while (this.nextAmpersand < end) {
        const after = this.reference(this.nextAmpersand, end, null);
        this.nextAmpersand = this.indexOrNotFound('&', after);
      }
      return;
    }
    const value = this.decoded(start, end);
    this.handler.text(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value);
  }

  /** Text or an attribute value from `start` to `end` as real text, with its references resolved. */
  private decoded(start: number, end: number): string {
    const s = this.s;
    if (this.nextAmpersand < start) this.nextAmpersand = this.indexOrNotFound('&', start);
    if (this.nextAmpersand >= end) return this.text(s.slice(start, end));
    const pieces: string[] = [];
    let from = start;
    while (this.nextAmpersand < end) {
      const amp = this.nextAmpersand;
      if (amp > from) pieces.push(this.text(s.slice(from, amp)));
      from = this.reference(amp, end, pieces);
      this.nextAmpersand = this.indexOrNotFound('&', from);
    }
    if (end > from) pieces.push(this.text(s.slice(from, end)));
    return pieces.join('');
  }

  private indexOrNotFound(search: string, from: number): number {
    const at = this.s.indexOf(search, from);
    return at < 0 ? NOT_FOUND : at;
  }

  /** A reference at `amp`: checked, and its character added to `pieces` when given. Returns the offset after ";". */
  private reference(amp: number, end: number, pieces: string[] | null): number {
    const s = this.s;
    const semicolon = s.indexOf(';', amp + 1);
    if (semicolon < 0 || semicolon >= end || semicolon - amp > 64) {
      throw this.fail('"&" does not start a reference (write "&amp;" for the character itself)', amp);
    }
    const name = s.slice(amp + 1, semicolon);
    let char = PREDEFINED[name];
    if (char === undefined) {
      if (name.charCodeAt(0) === 0x23 /* # */) char = this.characterReference(name, amp);
      else if (isXmlName(this.text(name))) {
        const detail = `reference to an undefined entity "&${this.text(name)};" (only the five predefined XML entities and character references are allowed)`;
        throw new EInvoiceError('entity', detail, this.position(amp));
      } else throw this.fail('"&" does not start a reference (write "&amp;" for the character itself)', amp);
    }
    pieces?.push(char);
    return semicolon + 1;
  }

  private characterReference(name: string, amp: number): string {
    const hex = name.charCodeAt(1) === 0x78; /* x */
    const digits = name.slice(hex ? 2 : 1);
    const valid = (hex ? HEX_REFERENCE : DECIMAL_REFERENCE).test(digits);
    const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : -1;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw this.fail(`"&${name};" is not a reference to a character XML allows`, amp);
    return String.fromCodePoint(code);
  }

  /** Markup starting with "<" at `lt`; returns the offset after it. */
  private markup(lt: number): number {
    const s = this.s;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x2f /* / */) return this.endTag(lt);
    if (c === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) return this.comment(lt);
      if (s.startsWith('<![CDATA[', lt)) return this.cdata(lt);
      if (s.startsWith('<!DOCTYPE', lt)) {
        throw new EInvoiceError('doctype', 'a DOCTYPE declaration is not allowed', this.position(lt));
      }
      throw this.fail('"<!" starts neither a comment nor a CDATA section', lt);
    }
    if (c === 0x3f /* ? */) return this.processingInstruction(lt);
    return this.startTag(lt);
  }

  /** The end of the name starting at `p` (p itself when no name starts there). */
  private nameEnd(p: number): number {
    const s = this.s;
    const n = this.n;
    let c = s.charCodeAt(p);
    if (c < 128) {
      if (ASCII_NAME[c] !== 1) return p;
    } else if (!this.bytes && !isNameStartChar(c) && !(c >= 0xd800 && c <= 0xdbff)) return p;
    let q = p + 1;
    let ascii = c < 128;
    while (q < n) {
      c = s.charCodeAt(q);
      if (c < 128) {
        if (ASCII_NAME[c] === 0) break;
      } else ascii = false;
      q++;
    }
    // Non-ASCII names are rare: checked as a whole against the XML name productions.
    if (!ascii && !isXmlName(this.text(s.slice(p, q)))) throw this.fail(`"${this.text(s.slice(p, q))}" is not an XML name`, p);
    return q;
  }

  private skipSpace(p: number): number {
    const s = this.s;
    while (isSpace(s.charCodeAt(p))) p++;
    return p;
  }

  private startTag(lt: number): number {
    const s = this.s;
    const depth = this.open.length;
    if (depth === 0 && this.seenRoot) throw this.fail('a second root element (a document has exactly one)', lt);
    if (depth >= this.maxDepth) throw this.fail(`elements are nested more than ${this.maxDepth} deep`, lt);
    const element = this.elementName(lt + 1);
    const nameEnd = lt + 1 + element.length;
    let attributes = NO_ATTRIBUTES;
    let declares = false;
    let prefixed = false;
    let p = nameEnd;
    let selfClosing = false;
    for (;;) {
      const q = this.skipSpace(p);
      const c = s.charCodeAt(q);
      if (c === 0x3e /* > */) {
        p = q + 1;
        break;
      }
      if (c === 0x2f /* / */ && s.charCodeAt(q + 1) === 0x3e) {
        p = q + 2;
        selfClosing = true;
        break;
      }
      if (q === p) {
        throw this.fail(q >= this.n ? 'the document ends inside a tag' : 'expected white space, ">" or "/>" in a tag', q);
      }
      const attribute = this.cachedName(this.attributeNameCache, q);
      if (attribute === null) throw this.fail('expected an attribute name, ">" or "/>" in a tag', q);
      const name = attribute.name.qname;
      const attributeEnd = q + attribute.length;
      let v = this.skipSpace(attributeEnd);
      if (s.charCodeAt(v) !== 0x3d /* = */) throw this.fail(`expected "=" after the attribute ${this.text(name)}`, v);
      v = this.skipSpace(v + 1);
      const quote = s.charCodeAt(v);
      if (quote !== 0x22 && quote !== 0x27) throw this.fail(`the value of the attribute ${this.text(name)} is not quoted`, v);
      // One pass to the closing quote, noting whatever needs more than a copy of the value.
      let close = v + 1;
      let plain = true;
      for (let c = s.charCodeAt(close); c !== quote; c = s.charCodeAt(++close)) {
        if (close >= this.n) throw this.fail(`the value of the attribute ${this.text(name)} is not closed`, v);
        if (c === 0x3c) throw this.fail(`"<" in the value of the attribute ${this.text(name)}`, close);
        if (c === 0x26 || c >= 0x80 || c === 0x09 || c === 0x0a || c === 0x0d) plain = false;
      }
      const value = plain ? s.slice(v + 1, close) : this.attributeValue(v + 1, close);
      if (attributes === NO_ATTRIBUTES) attributes = [];
      else if (attributes.length >= MAX_ATTRIBUTES) throw this.fail(`more than ${MAX_ATTRIBUTES} attributes on one element`, q);
      else if (attributes.some((a) => a.qname === name)) throw this.fail(`the attribute ${this.text(name)} is written twice`, q);
      (attributes as XmlAttribute[]).push({ qname: name, value });
      if (name === 'xmlns' || name.startsWith('xmlns:')) declares = true;
      else if (name.includes(':')) prefixed = true;
      p = close + 1;
    }
    if (declares) this.declareNamespaces(attributes, depth, lt);
    if (prefixed) this.checkPrefixedAttributes(attributes, lt);
    // Resolved now: the namespace declarations on the element itself apply to its name.
    const name = element.scope === this.namespaces ? element.name : this.resolveElement(element, lt);
    this.seenRoot = true;
    this.open.push(lt + 1);
    this.openLengths.push(element.length);
    this.handler.open(name, attributes, lt);
    if (selfClosing) this.closeElement();
    return p;
  }

  private attributeValue(start: number, end: number): string {
    const value = this.decoded(start, end);
    // Attribute-value normalisation: each literal line end or tab becomes one space.
    return /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, ' ') : value;
  }

  private declareNamespaces(attributes: readonly XmlAttribute[], depth: number, lt: number): void {
    const bindings = new Map(this.namespaces.bindings);
    for (const { qname, value } of attributes) {
      if (qname !== 'xmlns' && !qname.startsWith('xmlns:')) continue;
      const prefix = qname === 'xmlns' ? '' : qname.slice(6);
      if (prefix.includes(':') || (qname !== 'xmlns' && prefix === ''))
        throw this.fail(`"${this.text(qname)}" is not a valid namespace declaration`, lt);
      if (prefix === 'xmlns') throw this.fail('the prefix xmlns cannot be declared', lt);
      if ((prefix === 'xml') !== (value === XML_NAMESPACE))
        throw this.fail('the prefix xml is bound only to its own namespace', lt);
      if (value === XMLNS_NAMESPACE) throw this.fail('the xmlns namespace cannot be bound to a prefix', lt);
      if (prefix !== '' && value === '') throw this.fail(`the prefix ${this.text(prefix)} cannot be undeclared`, lt);
      if (!isUriReference(value)) throw this.fail(`the namespace name "${this.text(value)}" is not a valid URI`, lt);
      bindings.set(prefix, value);
    }
    if (bindings.size > MAX_NAMESPACE_BINDINGS)
      throw this.fail(`more than ${MAX_NAMESPACE_BINDINGS} namespace prefixes in force`, lt);
    this.namespaces = new NamespaceScope(bindings, this.namespaces, depth);
  }

  /** Prefixed attributes need a declared prefix, and two may not have the same namespace and local name. */
  private checkPrefixedAttributes(attributes: readonly XmlAttribute[], lt: number): void {
    const seen = new Set<string>();
    for (const { qname } of attributes) {
      const colon = qname.indexOf(':');
      if (colon < 0 || qname.startsWith('xmlns:')) continue;
      const prefix = qname.slice(0, colon);
      const local = qname.slice(colon + 1);
      const uri = this.namespaces.bindings.get(prefix);
      if (prefix === '' || local === '' || local.includes(':'))
        throw this.fail(`"${this.text(qname)}" is not a valid qualified name`, lt);
      if (uri === undefined) throw this.fail(`the namespace prefix ${this.text(prefix)} is not declared`, lt);
      const expanded = `{${uri}}${local}`;
      if (seen.has(expanded)) throw this.fail(`two attributes named {${uri}}${this.text(local)}`, lt);
      seen.add(expanded);
    }
  }

  /** The element name starting at `start`; resolved by `resolveElement` once its own declarations are read. */
  private elementName(start: number): CachedName {
    const cached = this.cachedName(this.nameCache, start);
    if (cached === null) throw this.fail('"<" does not start a tag (write "&lt;" for the character itself)', start - 1);
    return cached;
  }

  /** Resolves a cached element name in the namespace scope now in force, and remembers that. */
  private resolveElement(cached: CachedName, lt: number): XmlName {
    cached.name = this.resolve(this.s.slice(cached.start, cached.start + cached.length), lt);
    cached.scope = this.namespaces;
    return cached.name;
  }

  /**
   * The name starting at `start` from `cache`, or read, entered and returned; null when no name starts there.
   * A new entry holds only the qualified name as written (scope null); element entries are resolved later.
   */
  private cachedName(cache: (CachedName | undefined)[], start: number): CachedName | null {
    const s = this.s;
    const slot =
      (s.charCodeAt(start + 1) * 7 + s.charCodeAt(start + 4) * 31 + s.charCodeAt(start + 5) * 131 + s.charCodeAt(start + 8)) &
      (NAME_CACHE_SIZE - 1);
    const hit = cache[slot];
    if (hit !== undefined) {
      const next = s.charCodeAt(start + hit.length);
      if (next < 128 && ASCII_NAME[next] === 0 && sameText(s, hit.start, start, hit.length)) return hit;
    }
    const end = this.nameEnd(start);
    if (end === start) return null;
    const raw = s.slice(start, end);
    const entry: CachedName = {
      start,
      length: end - start,
      scope: null,
      name: { qname: raw, uri: '', local: raw, memoKey: null, memoValue: null },
    };
    cache[slot] = entry;
    return entry;
  }

  /** An element's qualified name with its namespace, resolved once per namespace scope. */
  private resolve(qname: string, lt: number): XmlName {
    const scope = this.namespaces;
    const known = scope.names.get(qname);
    if (known) return known;
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (colon === 0 || local === '' || local.includes(':'))
      throw this.fail(`"${this.text(qname)}" is not a valid qualified name`, lt);
    const uri = scope.bindings.get(prefix);
    if (uri === undefined) throw this.fail(`the namespace prefix ${this.text(prefix)} is not declared`, lt);
    const name = { qname: this.text(qname), uri, local: this.text(local), memoKey: null, memoValue: null };
    scope.names.set(qname, name);
    return name;
  }

  private endTag(lt: number): number {
    const s = this.s;
    const top = this.open.length - 1;
    if (top < 0) throw this.fail('an end tag without a start tag', lt);
    const start = this.open[top] as number;
    const length = this.openLengths[top] as number;
    const nameEnd = lt + 2 + length;
    const gt = this.skipSpace(nameEnd);
    if (!sameText(s, start, lt + 2, length) || s.charCodeAt(gt) !== 0x3e) {
      const written = s.slice(lt + 2, this.nameEnd(lt + 2));
      throw this.fail(`expected the end tag </${this.openName()}>, found </${this.text(written)}>`, lt);
    }
    this.closeElement();
    return gt + 1;
  }

  /** The name of the innermost open element, for messages. */
  private openName(): string {
    const top = this.open.length - 1;
    const start = this.open[top] ?? 0;
    return this.text(this.s.slice(start, start + (this.openLengths[top] ?? 0)));
  }

  private closeElement(): void {
    this.open.pop();
    this.openLengths.pop();
    this.handler.close();
    if (this.namespaces.depth === this.open.length) this.namespaces = this.namespaces.parent ?? this.namespaces;
  }

  private comment(lt: number): number {
    const s = this.s;
    const close = s.indexOf('-->', lt + 4);
    if (close < 0) throw this.fail('a comment is not closed', lt);
    if (s.indexOf('--', lt + 4) < close) throw this.fail('"--" inside a comment', lt);
    return close + 3;
  }

  private cdata(lt: number): number {
    const s = this.s;
    if (this.open.length === 0) throw this.fail('a CDATA section outside the root element', lt);
    const start = lt + 9;
    const close = s.indexOf(']]>', start);
    if (close < 0) throw this.fail('a CDATA section is not closed', lt);
    if (this.handler.wantsText && close > start) {
      const value = this.text(s.slice(start, close));
      this.handler.text(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value);
    }
    return close + 3;
  }

  private processingInstruction(lt: number): number {
    const s = this.s;
    const targetEnd = this.nameEnd(lt + 2);
    if (targetEnd === lt + 2) throw this.fail('a processing instruction without a target', lt);
    const target = s.slice(lt + 2, targetEnd);
    if (target.toLowerCase() === 'xml')
      throw this.fail('an XML declaration is only allowed at the very start of the document', lt);
    if (target.includes(':')) throw this.fail('a processing instruction target may not contain ":"', lt);
    const close = s.indexOf('?>', targetEnd);
    if (close < 0) throw this.fail('a processing instruction is not closed', lt);
    if (close > targetEnd && !isSpace(s.charCodeAt(targetEnd)))
      throw this.fail('a processing instruction target must be followed by white space', targetEnd);
    return close + 2;
  }
}
