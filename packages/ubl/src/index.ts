export { EInvoiceError, type EInvoiceErrorCode } from './errors.js';
export { DEFAULT_MAX_INVOICE_BYTES, type ParseOptions, parseEInvoice } from './parse.js';
export { scanXmlBytes, type XmlAttribute, type XmlHandler, type XmlName } from './xml.js';
