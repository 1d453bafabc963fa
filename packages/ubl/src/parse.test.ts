import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INVOICE_BYTES, EInvoiceError, parseEInvoice } from './index.js';

const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:';
const NAMESPACES = `xmlns="${UBL}Invoice-2" xmlns:cac="${UBL}CommonAggregateComponents-2" xmlns:cbc="${UBL}CommonBasicComponents-2"`;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A small valid Peppol invoice; each part can be replaced to make it invalid in one way. */
function invoiceXml(
  parts: { prolog?: string; id?: string; issueDate?: string; header?: string; payable?: string; line?: string } = {},
) {
  const {
    prolog = DECLARATION,
    id = '<cbc:ID>INV-1</cbc:ID>',
    issueDate = '2024-02-29',
    header = '',
    payable = '125.00',
    line = '<cbc:ID>1</cbc:ID>\n    <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>',
  } = parts;
  return `${prolog}<Invoice ${NAMESPACES}>
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  ${id}
  <cbc:IssueDate>${issueDate}</cbc:IssueDate>
  ${header}
  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0184">12345678</cbc:EndpointID></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0088">5798009811578</cbc:EndpointID></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="DKK">100.00</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="DKK">${payable}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine>
    ${line}
    <cbc:LineExtensionAmount currencyID="DKK">100.00</cbc:LineExtensionAmount>
  </cac:InvoiceLine>
</Invoice>
`;
}

/** The 1-based line of the first occurrence of `marker`. */
function lineOf(xml: string, marker: string): number {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return xml.slice(0, at).split('\n').length;
}

function refusal(input: Uint8Array | string, options?: { maxBytes?: number }): EInvoiceError {
  try {
    parseEInvoice(input, options);
  } catch (error) {
    if (error instanceof EInvoiceError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseEInvoice on a minimal invoice', () => {
  it('reads it, from text or bytes', () => {
    const xml = invoiceXml();
    for (const input of [xml, utf8(xml)]) {
      const result = parseEInvoice(input);
      expect(result).toMatchObject({ format: 'peppol-bis3', kind: 'invoice', number: 'INV-1', issueDate: '2024-02-29' });
      expect(result.supplier.cvr).toBe('12345678');
      expect(result.buyer.gln).toBe('5798009811578');
      expect(result.lines).toMatchObject([
        { id: '1', quantity: '1', lineAmount: '100', sourceLine: lineOf(xml, '<cac:InvoiceLine>') },
      ]);
    }
  });

  it('matches namespaces, not prefixes', () => {
    const xml = invoiceXml()
      .replace(`xmlns:cac="${UBL}CommonAggregateComponents-2"`, `xmlns:a="${UBL}CommonAggregateComponents-2"`)
      .replace(/(<\/?)cac:/g, '$1a:')
      .replace(`xmlns="${UBL}Invoice-2"`, `xmlns:inv="${UBL}Invoice-2"`)
      .replace(/(<\/?)Invoice\b/g, '$1inv:Invoice');
    expect(parseEInvoice(xml)).toMatchObject({ number: 'INV-1', totals: { payable: '125' } });
    // An element in another namespace with a UBL-looking name is not read.
    const foreign = invoiceXml({ header: '<x:Note xmlns:x="urn:example">not a UBL note</x:Note>' });
    expect(parseEInvoice(foreign).notes).toEqual([]);
  });

  it('ignores extensions and embedded attachments', () => {
    const header = `<ext:UBLExtensions xmlns:ext="${UBL}CommonExtensionComponents-2"><ext:UBLExtension><ext:ExtensionContent>
        <cbc:ID>EXTENSION</cbc:ID><cbc:Note>from the extension</cbc:Note></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
      <cac:AdditionalDocumentReference><cbc:ID>att</cbc:ID><cac:Attachment>
        <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf">${'QUJD'.repeat(50_000)}</cbc:EmbeddedDocumentBinaryObject>
      </cac:Attachment></cac:AdditionalDocumentReference>`;
    const result = parseEInvoice(invoiceXml({ id: '', header: `${header}<cbc:ID>INV-2</cbc:ID>` }));
    expect(result.number).toBe('INV-2');
    expect(result.notes).toEqual([]);
  });

  it('skips deeply nested elements it has no use for', () => {
    const nest = (depth: number) =>
      `<cac:Signature>${'<cac:X>'.repeat(depth)}<cbc:ID>deep</cbc:ID>${'</cac:X>'.repeat(depth)}</cac:Signature>`;
    expect(parseEInvoice(invoiceXml({ header: nest(90) })).number).toBe('INV-1');
    // Far deeper than any invoice: refused early rather than parsed in quadratic time.
    const xml = invoiceXml({ header: nest(1_000_000) });
    expect(refusal(xml)).toMatchObject({ code: 'malformed', line: lineOf(xml, '<cac:Signature>') });
  });

  it('reads CDATA and character references in text', () => {
    const result = parseEInvoice(invoiceXml({ header: '<cbc:Note><![CDATA[a < b]]> &amp; &#248;</cbc:Note>' }));
    expect(result.notes).toEqual(['a < b & ø']);
  });

  it('honours a declared ISO-8859-1 or windows-1252 encoding, and a UTF-8 byte order mark', () => {
    for (const encoding of ['ISO-8859-1', 'windows-1252']) {
      const xml = invoiceXml({
        prolog: `<?xml version="1.0" encoding="${encoding}"?>\n`,
        header: '<cbc:Note>Bæreposer – 1½</cbc:Note>',
      });
      const bytes = Uint8Array.from(xml, (c) => (c === '–' ? 0x96 : c.charCodeAt(0)));
      expect(parseEInvoice(bytes).notes).toEqual(['Bæreposer – 1½']);
    }
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(invoiceXml({ header: '<cbc:Note>Bæreposer</cbc:Note>' }))]);
    expect(parseEInvoice(withBom).notes).toEqual(['Bæreposer']);
  });

  it('has a 20 MiB default size limit', () => {
    expect(DEFAULT_MAX_INVOICE_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('parseEInvoice refuses', () => {
  it('an XXE entity declared in a DOCTYPE', () => {
    const xml = invoiceXml({
      prolog: `${DECLARATION}<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`,
      header: '<cbc:Note>&xxe;</cbc:Note>',
    });
    expect(refusal(xml)).toMatchObject({ code: 'doctype', line: 2 });
  });

  it('a "billion laughs" entity expansion', () => {
    const prolog = `${DECLARATION}<!DOCTYPE Invoice [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
`;
    const xml = invoiceXml({ prolog, header: '<cbc:Note>&lol9;</cbc:Note>' });
    // Refused where the DOCTYPE starts, before any of it is read.
    expect(refusal(xml)).toMatchObject({ code: 'doctype', line: lineOf(xml, '<!DOCTYPE') });
  });

  it('an external DTD', () => {
    const xml = invoiceXml({ prolog: `${DECLARATION}<!DOCTYPE Invoice SYSTEM "http://attacker.example/invoice.dtd">\n` });
    expect(refusal(xml)).toMatchObject({ code: 'doctype', line: 2 });
  });

  it('a reference to an undefined entity without a DOCTYPE', () => {
    const xml = invoiceXml({ header: '<cbc:Note>&xxe;</cbc:Note>' });
    const error = refusal(xml);
    expect(error).toMatchObject({ code: 'entity', line: lineOf(xml, '&xxe;') });
    expect(error.detail).toMatch(/undefined entity/);
  });

  it('a truncated file', () => {
    const dir =
      process.env.EINVOICE_REFERENCE_DIR ?? fileURLToPath(new URL('../../../tests/fixtures/einvoice/', import.meta.url));
    const text = readFileSync(join(dir, 'oioubl-2.0x/BASPRO_01_01_00_Invoice_v2p2.xml'), 'utf8');
    const half = text.slice(0, Math.floor(text.length / 2));
    const error = refusal(utf8(half));
    expect(error.code).toBe('malformed');
    expect(error.line).toBe(half.split('\n').length);
  });

  it('a file over maxBytes, before parsing it', () => {
    const error = refusal(utf8(invoiceXml()), { maxBytes: 1000 });
    expect(error).toMatchObject({ code: 'too_large', line: null, column: null });
    // Too large is decided on size alone: not even a DOCTYPE gets looked at.
    expect(refusal('<!DOCTYPE x>'.repeat(200), { maxBytes: 1000 }).code).toBe('too_large');
  });

  it('XML that is not a UBL invoice or credit note', () => {
    const order = `${DECLARATION}<Order xmlns="${UBL}Order-2" xmlns:cbc="${UBL}CommonBasicComponents-2">\n  <cbc:ID>1</cbc:ID>\n</Order>`;
    const error = refusal(order);
    expect(error).toMatchObject({ code: 'not_ubl', line: 2 });
    expect(error.detail).toContain(`{${UBL}Order-2}Order`);
    const xhtml = '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Faktura</title></head><body/></html>';
    expect(refusal(xhtml)).toMatchObject({ code: 'not_ubl', line: 1 });
    // Right local name, wrong namespace.
    expect(refusal('<Invoice xmlns="urn:example"><ID>1</ID></Invoice>').code).toBe('not_ubl');
  });

  it('text and JSON that are not XML', () => {
    expect(refusal('{"invoice": {"id": "INV-1"}}')).toMatchObject({ code: 'malformed', line: 1 });
    expect(refusal('Faktura 1234\nBeløb: 125,00 kr.\n').code).toBe('malformed');
    expect(refusal('').code).toBe('malformed');
  });

  it('bytes that are not valid UTF-8, instead of replacing them', () => {
    const xml = invoiceXml({ header: '<cbc:Note>B@reposer</cbc:Note>' });
    const bytes = utf8(xml);
    bytes[bytes.indexOf(0x40)] = 0xe6; // "æ" in Latin-1, in a document that says UTF-8
    const error = refusal(bytes);
    expect(error).toMatchObject({ code: 'malformed', line: lineOf(xml, 'B@reposer'), column: 14 });
    expect(error.detail).toMatch(/UTF-8/);
  });

  it('an unsupported declared encoding', () => {
    const error = refusal(utf8(invoiceXml({ prolog: '<?xml version="1.0" encoding="UTF-16"?>\n' })));
    expect(error).toMatchObject({ code: 'malformed', line: 1 });
    expect(error.detail).toMatch(/utf-16/);
  });

  it('a document without its cbc:ID', () => {
    const error = refusal(invoiceXml({ id: '' }));
    expect(error.code).toBe('missing');
    expect(error.detail).toContain('Invoice/cbc:ID');
  });

  it('a line without its quantity, saying which line', () => {
    const xml = invoiceXml({ line: '<cbc:ID>1</cbc:ID>' });
    const error = refusal(xml);
    expect(error).toMatchObject({ code: 'missing', line: lineOf(xml, '<cac:InvoiceLine>') });
    expect(error.detail).toContain('Invoice/cac:InvoiceLine/cbc:InvoicedQuantity');
  });

  it('a document without a supplier', () => {
    const xml = invoiceXml().replace(/<cac:AccountingSupplierParty>.*<\/cac:AccountingSupplierParty>/, '');
    const error = refusal(xml);
    expect(error.code).toBe('missing');
    expect(error.detail).toContain('AccountingSupplierParty');
  });

  it.each(['12,50', '1e3', '1.234,50', '12.50 DKK', ''])('the amount "%s"', (amount) => {
    const xml = invoiceXml({ payable: amount });
    const error = refusal(xml);
    expect(error).toMatchObject({ code: 'invalid_value', line: lineOf(xml, '<cbc:PayableAmount') });
    expect(error.detail).toContain('cbc:PayableAmount');
    expect(error.detail).toContain(`"${amount}"`);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '20240101', '2024-01-01T00:00:00'])('the date "%s"', (issueDate) => {
    const xml = invoiceXml({ issueDate });
    const error = refusal(xml);
    expect(error).toMatchObject({ code: 'invalid_value', line: lineOf(xml, '<cbc:IssueDate') });
    expect(error.detail).toContain(issueDate);
  });
});
