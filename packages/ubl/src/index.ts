export { EInvoiceError, type EInvoiceErrorCode } from './errors.js';
export { DEFAULT_MAX_INVOICE_BYTES, type ParseOptions, parseEInvoice } from './parse.js';
