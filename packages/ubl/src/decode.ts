import { isUtf8 } from 'node:buffer';
import { EInvoiceError, type SourcePosition } from './errors.js';

type Encoding = 'utf-8' | 'windows-1252';

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
// WHATWG decodes ISO-8859-1 as windows-1252 too: the two differ only in C1 controls, which never occur in invoices.
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252']);

const XML_DECLARATION_ENCODING = /^<\?xml[ \t\r\n][^?>]*?encoding[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/;

/**
 * The input as the scanner reads it. UTF-8 is checked to be valid and then kept as its bytes, one character per
 * byte (`latin1`), because the scanner only looks for ASCII markup and decodes just the text it hands on: that is
 * about five times cheaper than decoding every character (docs/performance.md). Windows-1252 is decoded whole, as a
 * stream: Node 20's one-shot decode takes an ISO-8859-1 shortcut that turns 0x96 into U+0096 instead of "–".
 */
export function scanSource(input: Uint8Array | string): { source: string; bytes: boolean } {
  if (typeof input === 'string') return { source: input, bytes: false };
  if (encodingOf(input) === 'windows-1252') {
    const decoder = new TextDecoder('windows-1252');
    return { source: decoder.decode(input, { stream: true }) + decoder.decode(), bytes: false };
  }
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (!isUtf8(buffer)) {
    const bad = invalidUtf8At(input);
    throw new EInvoiceError('malformed', 'invalid UTF-8 byte sequence', bad < 0 ? null : positionOfByte(input, bad));
  }
  return { source: buffer.toString('latin1'), bytes: true };
}

/** The input's size in bytes as it would be received (a string counts as UTF-8). */
export function byteLength(input: Uint8Array | string): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
}

/** The encoding to decode with: a UTF-8 byte order mark, else the XML declaration's encoding, else UTF-8. */
function encodingOf(bytes: Uint8Array): Encoding {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe) || bytes[0] === 0 || bytes[1] === 0) {
    throw new EInvoiceError(
      'malformed',
      'input starts like UTF-16/UTF-32 text or binary data (only UTF-8, ISO-8859-1 and windows-1252 are read)',
    );
  }
  const head = String.fromCharCode(...bytes.subarray(bom ? 3 : 0, 256));
  const match = XML_DECLARATION_ENCODING.exec(head);
  const label = (match?.[1] ?? match?.[2])?.trim().toLowerCase();
  if (label === undefined || UTF8_LABELS.has(label)) return 'utf-8';
  if (LATIN1_LABELS.has(label) && !bom) return 'windows-1252';
  const detail = bom
    ? `the byte order mark says UTF-8 but the XML declaration says encoding "${label}"`
    : `unsupported encoding "${label}" in the XML declaration (only UTF-8, ISO-8859-1 and windows-1252 are read)`;
  throw new EInvoiceError('malformed', detail, { line: 1, column: 1 });
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range also excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? 0;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset, counting line ends as the XML parser does. */
function positionOfByte(bytes: Uint8Array, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}
