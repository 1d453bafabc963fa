import { calendarDateOfCell } from '@overblik/core';
import { EInvoiceError, scanXmlBytes, type XmlAttribute, type XmlHandler, type XmlName } from '@overblik/ubl';
import ExcelJS from 'exceljs';
import { getDocumentProxy } from 'unpdf';
import { openZip, storedCopy, storedData, type ZipEntry, ZipFormatError, ZipLimitError, zipEntries } from '../files/zip.js';
import { DOCUMENT_ZIP_LIMITS } from '../limits.js';
import { decodeWindows1252 } from '../spreadsheet/windows-1252.js';

/**
 * The searchable text of an uploaded document. `text` is the document's text; `no_text` a document that has
 * none we can read (a scanned PDF, an image: there is no OCR); `unsupported` a kind we do not read; `failed` a
 * file of a kind we read that is broken, encrypted or too large, with the reason in `detail`.
 */
export type ExtractedText = { status: 'text' | 'no_text' | 'unsupported' | 'failed'; text: string; detail?: string };

export type DocumentKind = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'zip' | 'image' | 'text' | 'unknown';

/** Longer text is cut here: enough for any contract, and it bounds the search index per document. */
export const MAX_EXTRACTED_CHARS = 2_000_000;

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The text of a document, by what its bytes are. Never throws: every problem is a `failed` result. */
export async function extractText(bytes: Uint8Array, fileName: string, mediaType: string | null): Promise<ExtractedText> {
  try {
    const kind = documentKind(bytes, fileName, mediaType);
    switch (kind) {
      case 'pdf':
        return await pdfText(bytes);
      case 'docx':
        return await wordText(bytes);
      case 'odt':
        return await openDocumentText(bytes);
      case 'xlsx':
        return await spreadsheetText(bytes);
      case 'text':
        return plainText(bytes);
      case 'image':
        return { status: 'no_text', text: '', detail: 'image (no text recognition)' };
      case 'zip':
        await readZip(bytes, () => false); // a broken archive is `failed`, not merely unsupported
        return { status: 'unsupported', text: '', detail: 'ZIP archive that is not a Word, Excel or OpenDocument text file' };
      case 'unknown':
        return { status: 'unsupported', text: '', detail: 'unknown file type' };
    }
  } catch (error) {
    return failed(error);
  }
}

/** What a file is: by its first bytes (and a ZIP by its entries), then by name or media type for plain text. */
export function documentKind(bytes: Uint8Array, fileName: string, mediaType: string | null): DocumentKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (IMAGE_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'image';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const type = mediaType?.split(';')[0]?.trim().toLowerCase();
  if ((extension && TEXT_EXTENSIONS.has(extension)) || (type && TEXT_TYPES.has(type))) return 'text';
  return 'unknown';
}

const IMAGE_SIGNATURES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], // GIF87a
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];
const TEXT_EXTENSIONS = new Set(['txt', 'csv']);
const TEXT_TYPES = new Set(['text/plain', 'text/csv']);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}

// ------------------------------------------------------------------------------------------ results

class ExtractionError extends Error {}

function failed(error: unknown): ExtractedText {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unreadable file';
  return { status: 'failed', text: '', detail };
}

/** Collects text up to `MAX_EXTRACTED_CHARS`; once full, further text is dropped (readers may stop early). */
class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  full = false;

  add(text: string): void {
    if (this.full || text === '') return;
    const room = MAX_EXTRACTED_CHARS - this.length;
    if (text.length >= room) {
      this.parts.push(text.slice(0, room));
      this.length = MAX_EXTRACTED_CHARS;
      this.full = true;
    } else {
      this.parts.push(text);
      this.length += text.length;
    }
  }

  /** Ends the current line, unless nothing was written yet or it has just ended. */
  endLine(): void {
    const last = this.parts.at(-1);
    if (last !== undefined && !last.endsWith('\n')) this.add('\n');
  }

  result(): ExtractedText {
    return finished(this.parts.join(''), this.full);
  }
}

/** Tidies extracted text for storage and decides whether there is any: NUL (which PostgreSQL refuses) goes. */
function finished(raw: string, cut: boolean): ExtractedText {
  let text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\0', '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  let truncated = cut;
  if (text.length > MAX_EXTRACTED_CHARS) {
    text = text.slice(0, MAX_EXTRACTED_CHARS);
    truncated = true;
  }
  // Never end on half of a surrogate pair.
  if (truncated && /[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'no_text', text: '' };
  return truncated ? { status: 'text', text, detail: `text cut at ${MAX_EXTRACTED_CHARS} characters` } : { status: 'text', text };
}

// ------------------------------------------------------------------------------------------ PDF

async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js may take over (detach) the buffer it is given, and the caller's bytes stay the caller's.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { status: 'failed', text: '', detail: 'PDF is password-protected' };
    return failed(new ExtractionError(`PDF could not be read: ${error instanceof Error ? error.message : String(error)}`));
  }
  try {
    const sink = new TextSink();
    let unreadablePages = 0;
    let firstProblem: unknown;
    for (let pageNumber = 1; pageNumber <= pdf.numPages && !sink.full; pageNumber++) {
      try {
        const page = await pdf.getPage(pageNumber);
        const content = await page.getTextContent();
        for (const item of content.items) if ('str' in item) sink.add(item.hasEOL ? `${item.str}\n` : item.str);
        sink.add('\n\n');
        page.cleanup();
      } catch (error) {
        unreadablePages++;
        firstProblem ??= error;
      }
    }
    const result = sink.result();
    if (unreadablePages === 0) return result;
    if (result.status === 'no_text') {
      return failed(new ExtractionError(`PDF pages could not be read: ${(firstProblem as Error)?.message ?? firstProblem}`));
    }
    return { ...result, detail: `${unreadablePages} of ${pdf.numPages} pages could not be read` };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

// ------------------------------------------------------------------------------------------ ZIP

function zipKind(bytes: Uint8Array): DocumentKind {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes, DOCUMENT_ZIP_LIMITS.maxEntries);
  } catch {
    return 'zip'; // a broken (or too large) archive; `extractText` reports it as such
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  // An OpenDocument file names its kind in the entry `mimetype`, which the format stores uncompressed.
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (names.has('content.xml') && mimetype?.method === 0) {
    try {
      if (new TextDecoder().decode(storedData(bytes, mimetype)).trim() === ODT_MIMETYPE) return 'odt';
    } catch {
      return 'zip';
    }
  }
  return 'zip';
}

/** The chosen entries, inflated by the guarded ZIP opener under the limits for documents. */
async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Record<string, Uint8Array>> {
  try {
    return Object.fromEntries((await openZip(bytes, DOCUMENT_ZIP_LIMITS, wanted)).files);
  } catch (error) {
    if (error instanceof ZipLimitError || error instanceof ZipFormatError) throw new ExtractionError(error.message);
    throw error;
  }
}

// ------------------------------------------------------------------------------------------ XML

/** What a reader of one XML part does with its elements; `close` is given the name `open` was given. */
type XmlReader = {
  /** Whether the text of the element now open is wanted (only then is it decoded and handed over). */
  wantsText(): boolean;
  open(name: XmlName, attributes: readonly XmlAttribute[]): void;
  close(name: XmlName): void;
  text(text: string): void;
};

/** Deeper than any real office document; a guard against files built to exhaust the reader. */
const MAX_XML_DEPTH = 256;

/** Stops a parse early once the text is full. */
class EnoughText extends Error {}

/**
 * Reads an XML part with the e-invoice scanner (@overblik/ubl): namespace-aware and well-formed, and a DOCTYPE is
 * refused outright, so no entity is ever declared, let alone resolved.
 */
function readXml(bytes: Uint8Array, part: string, sink: TextSink, reader: XmlReader): void {
  const open: XmlName[] = [];
  const handler: XmlHandler = {
    get wantsText() {
      return reader.wantsText();
    },
    open(name, attributes) {
      open.push(name);
      reader.open(name, attributes);
      if (sink.full) throw new EnoughText();
    },
    close() {
      const name = open.pop();
      if (name) reader.close(name);
    },
    text(text) {
      reader.text(text);
      if (sink.full) throw new EnoughText();
    },
  };
  try {
    scanXmlBytes(bytes, handler, MAX_XML_DEPTH);
  } catch (error) {
    if (error instanceof EnoughText) return;
    if (error instanceof EInvoiceError && error.code === 'doctype') {
      throw new ExtractionError(`${part} has a DOCTYPE, which is not allowed`);
    }
    if (error instanceof EInvoiceError) {
      const at = error.line === null ? '' : ` (line ${error.line}, column ${error.column})`;
      throw new ExtractionError(`${part} is not well-formed XML: ${error.detail}${at}`);
    }
    throw error;
  }
}

/** An attribute written with the element's own prefix (`text:c` on `text:s`), so in the element's namespace. */
function ownAttribute(name: XmlName, attributes: readonly XmlAttribute[], local: string): string | undefined {
  const colon = name.qname.indexOf(':');
  const qname = colon < 0 ? local : `${name.qname.slice(0, colon)}:${local}`;
  return attributes.find((a) => a.qname === qname)?.value;
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict Open XML
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const WORD_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const WORD_PART_ORDER = ['document', 'header', 'footer', 'footnotes', 'endnotes'];
const wordPartRank = (name: string) => WORD_PART_ORDER.findIndex((kind) => name.startsWith(`word/${kind}`));

/**
 * Word: the text of `w:t` in the body, then headers, footers, footnotes and endnotes. Paragraphs end in a line
 * break; a tab or break inside a run is kept. `mc:Fallback` is skipped: it repeats the text of text boxes.
 */
async function wordText(bytes: Uint8Array): Promise<ExtractedText> {
  const parts = await readZip(bytes, (name) => WORD_PART.test(name));
  const sink = new TextSink();
  const names = Object.keys(parts).sort(
    (a, b) => wordPartRank(a) - wordPartRank(b) || a.localeCompare(b, 'en', { numeric: true }),
  );
  for (const name of names) {
    const xml = parts[name];
    if (!xml || sink.full) continue;
    let inText = 0;
    let inRun = 0;
    let skipped = 0;
    const word = (tag: XmlName) => (WORD_NAMESPACES.has(tag.uri) ? tag.local : '');
    readXml(xml, name, sink, {
      wantsText: () => inText > 0 && skipped === 0,
      open(tag) {
        if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') skipped++;
        if (skipped > 0) return;
        const local = word(tag);
        if (local === 't') inText++;
        else if (local === 'r') inRun++;
        else if (local === 'p')
          sink.endLine(); // a paragraph inside one (a text box) starts a line
        else if (inRun > 0 && local === 'tab') sink.add('\t');
        else if (inRun > 0 && (local === 'br' || local === 'cr')) sink.add('\n');
      },
      close(tag) {
        if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') skipped--;
        if (skipped > 0) return;
        const local = word(tag);
        if (local === 't') inText--;
        else if (local === 'r') inRun--;
        else if (local === 'p') sink.endLine();
      },
      text(text) {
        if (inText > 0 && skipped === 0) sink.add(text);
      },
    });
    sink.endLine();
  }
  return sink.result();
}

const ODF_TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

/**
 * OpenDocument text: the text of `text:p` and `text:h` in `content.xml`, one per line. Whitespace in them
 * collapses as ODF says; `text:s`, `text:tab` and `text:line-break` are the explicit space, tab and break.
 */
async function openDocumentText(bytes: Uint8Array): Promise<ExtractedText> {
  const content = (await readZip(bytes, (name) => name === 'content.xml'))['content.xml'];
  if (!content) throw new ExtractionError('OpenDocument file has no content.xml');
  const sink = new TextSink();
  let inParagraph = 0;
  readXml(content, 'content.xml', sink, {
    wantsText: () => inParagraph > 0,
    open(tag, attributes) {
      if (tag.uri !== ODF_TEXT) return;
      if (tag.local === 'p' || tag.local === 'h') {
        inParagraph++;
        sink.endLine();
      } else if (inParagraph === 0) return;
      else if (tag.local === 'tab') sink.add('\t');
      else if (tag.local === 'line-break') sink.add('\n');
      else if (tag.local === 's') {
        const count = Number.parseInt(ownAttribute(tag, attributes, 'c') ?? '1', 10);
        sink.add(' '.repeat(Math.min(Math.max(Number.isFinite(count) ? count : 1, 1), 100)));
      }
    },
    close(tag) {
      if (tag.uri === ODF_TEXT && (tag.local === 'p' || tag.local === 'h')) {
        inParagraph--;
        sink.endLine();
      }
    },
    text(text) {
      if (inParagraph > 0) sink.add(text.replace(/[ \t\r\n]+/g, ' '));
    },
  });
  return sink.result();
}

// ------------------------------------------------------------------------------------------ XLSX

/**
 * Excel: every sheet's name, then its rows, cells separated by tabs. exceljs (through JSZip) would inflate
 * whatever the archive holds, so the archive is unpacked here under the size guard and handed over re-packed
 * without compression.
 */
async function spreadsheetText(bytes: Uint8Array): Promise<ExtractedText> {
  const entries = await readZip(bytes, () => true);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(storedCopy(new Map(Object.entries(entries))) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ExtractionError(`Excel workbook could not be read: ${(error as Error).message}`);
  }
  const sink = new TextSink();
  for (const sheet of workbook.worksheets) {
    if (sink.full) break;
    sink.add(`${sheet.name}\n`);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (sink.full) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // A merged range shows its value once, in its top-left cell.
        if (cell.type !== ExcelJS.ValueType.Merge) cells[column - 1] = cellText(cell.value);
      });
      const line = Array.from(cells, (cell) => cell ?? '').join('\t');
      if (line.trim() !== '') sink.add(`${line.replace(/\t+$/, '')}\n`);
    });
    sink.add('\n');
  }
  return sink.result();
}

/** A cell as text: formulas by their result, dates as ISO dates, rich text and links by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : calendarDateOfCell(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return '';
    if ('formula' in value || 'sharedFormula' in value) return '';
  }
  return '';
}

// ------------------------------------------------------------------------------------------ plain text

/**
 * A text file: UTF-16 when it starts with a byte-order mark, else UTF-8, else windows-1252 (what older Danish
 * Windows programs write). A NUL byte without a UTF-16 mark means it is not text at all.
 */
function plainText(bytes: Uint8Array): ExtractedText {
  // Each character takes at most four bytes, so this is enough for the longest text kept.
  const head = bytes.subarray(0, MAX_EXTRACTED_CHARS * 4);
  if (startsWith(head, [0xff, 0xfe])) return finished(new TextDecoder('utf-16le').decode(head), head.length < bytes.length);
  if (startsWith(head, [0xfe, 0xff])) return finished(new TextDecoder('utf-16be').decode(head), head.length < bytes.length);
  if (head.subarray(0, 8192).includes(0)) return { status: 'unsupported', text: '', detail: 'binary data, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
  } catch {
    text = decodeWindows1252(head);
  }
  return finished(text, head.length < bytes.length);
}
