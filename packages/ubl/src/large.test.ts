import { describe, expect, it } from 'vitest';
import { parseEInvoice } from './index.js';

const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:';
const LINES = 20_000;

function line(n: number): string {
  return `  <cac:InvoiceLine>
    <cbc:ID>${n}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="DKK">25.50</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>Bæreposer, økologisk papir nr. ${n}</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>SKU-${n}</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="DKK">12.75</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
`;
}

function largeInvoice(): string {
  const header = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="${UBL}Invoice-2" xmlns:cac="${UBL}CommonAggregateComponents-2" xmlns:cbc="${UBL}CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>BIG-1</cbc:ID>
  <cbc:IssueDate>2025-01-31</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>
  <cac:AdditionalDocumentReference><cbc:ID>bilag</cbc:ID><cac:Attachment>
    <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="bilag.pdf">${'JVBERi0xLjQK'.repeat(400_000)}</cbc:EmbeddedDocumentBinaryObject>
  </cac:Attachment></cac:AdditionalDocumentReference>
  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0184">12345678</cbc:EndpointID></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0088">5798009811578</cbc:EndpointID></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="DKK">510000.00</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="DKK">637500.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
`;
  const lines: string[] = [];
  for (let n = 1; n <= LINES; n++) lines.push(line(n));
  return `${header}${lines.join('')}</Invoice>\n`;
}

describe('a large invoice', () => {
  it('parses 20,000 lines and a 4.8 MB attachment as a stream', () => {
    const xml = largeInvoice();
    const bytes = new TextEncoder().encode(xml);
    expect(bytes.length).toBeGreaterThan(15 * 1024 * 1024); // several 1 MiB chunks, split inside "æ"/"ø" too
    const heapBefore = process.memoryUsage().heapUsed;
    const result = parseEInvoice(bytes);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    expect(result.lines).toHaveLength(LINES);
    expect(result.totals.payable).toBe('637500');
    const last = result.lines[LINES - 1];
    expect(last).toMatchObject({
      id: String(LINES),
      itemName: `Bæreposer, økologisk papir nr. ${LINES}`,
      sellersItemId: `SKU-${LINES}`,
    });
    expect(last?.sourceLine).toBe(xml.slice(0, xml.lastIndexOf('<cac:InvoiceLine>')).split('\n').length);
    expect(result.lines.every((l) => l.lineAmount === '25.5' && l.price === '12.75' && l.taxCategory === 'S')).toBe(true);
    // A loose bound (the result alone holds 20,000 line objects); a tree of the whole document would be far larger.
    expect(heapGrowth).toBeLessThan(150 * 1024 * 1024);
  });
});
