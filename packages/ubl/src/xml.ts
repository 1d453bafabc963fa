import { scanSource } from './decode.js';
import { scanXml, type XmlHandler } from './xml-scanner.js';

export type { XmlAttribute, XmlHandler, XmlName } from './xml-scanner.js';

/**
 * Other XML than e-invoices (the parts of Word and OpenDocument files) through the same scanner: UTF-8 (or
 * ISO-8859-1/windows-1252 as declared), well-formed, no DOCTYPE. What is wrong is thrown as an `EInvoiceError`
 * (its `code` and `detail`; the message names e-invoices, so callers word their own).
 */
export function scanXmlBytes(bytes: Uint8Array, handler: XmlHandler, maxDepth: number): void {
  scanXml({ ...scanSource(bytes), maxDepth }, handler);
}
