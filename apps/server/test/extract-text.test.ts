import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentKind, extractText, MAX_EXTRACTED_CHARS } from '../src/documents/extract-text.js';
import { DOCUMENT_ZIP_LIMITS } from '../src/limits.js';
import {
  docxFromDocumentXml,
  docxWithText,
  odtFromBody,
  odtWithText,
  pdfWithoutText,
  pdfWithPages,
  pdfWithPassword,
  pdfWithText,
  pngImage,
  windows1252,
  xlsxWithCells,
} from './fixtures/documents.js';

const DANISH = 'Leverandøren Ærø Å/S skal betale gebyr på 1.234,50 kr.';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lines of the text without surrounding whitespace, empty lines dropped: layouts differ per format. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('extractText of each format', () => {
  it('given a PDF with Danish text, when extracted, then every line comes out with æ, ø and å', async () => {
    const result = await extractText(pdfWithText([DANISH, 'Kontrakt K02 (2026) \\ slut']), 'kontrakt.pdf', 'application/pdf');
    expect(result.status).toBe('text');
    expect(linesOf(result.text)).toEqual([DANISH, 'Kontrakt K02 (2026) \\ slut']);
  });

  it('given a PDF of several pages, then the text of all pages comes out in order', async () => {
    const result = await extractText(pdfWithPages([['Side et'], ['Side to'], ['Side tre']]), 'bilag.pdf', null);
    expect(result.status).toBe('text');
    expect(linesOf(result.text)).toEqual(['Side et', 'Side to', 'Side tre']);
  });

  it('given a PDF that only draws (a scan), then it has no text', async () => {
    expect(await extractText(pdfWithoutText(), 'scan.pdf', 'application/pdf')).toEqual({ status: 'no_text', text: '' });
  });

  it('given a Word document, then its paragraphs come out one per line, tabs kept, header and footer too', async () => {
    const docx = docxWithText([DANISH, 'Pris\t100 kr.', '', 'Sidste afsnit'], { header: 'Sidehoved Ø', footer: 'Sidefod Å' });
    const result = await extractText(docx, 'aftale.docx', null);
    expect(result.status).toBe('text');
    expect(linesOf(result.text)).toEqual([DANISH, 'Pris\t100 kr.', 'Sidste afsnit', 'Sidehoved Ø', 'Sidefod Å']);
  });

  it('given a Word document with a text box, then its text comes out once (the fallback copy is skipped)', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const box = '<w:txbxContent><w:p><w:r><w:t>Tekstboks</w:t></w:r></w:p></w:txbxContent>';
    const xml =
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
      `<w:r><w:t>Før</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box}</mc:Choice>` +
      `<mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> efter &amp; </w:t>` +
      `<w:delText>slettet</w:delText><w:br/><w:t>ny linje</w:t></w:r></w:p></w:body></w:document>`;
    const result = await extractText(docxFromDocumentXml(xml), 'boks.docx', null);
    expect(linesOf(result.text)).toEqual(['Før', 'Tekstboks', 'efter &', 'ny linje']);
  });

  it('given an OpenDocument text, then its paragraphs come out one per line', async () => {
    const result = await extractText(odtWithText([DANISH, 'Pris\t100 kr.']), 'aftale.odt', null);
    expect(result.status).toBe('text');
    expect(linesOf(result.text)).toEqual([DANISH, 'Pris\t100 kr.']);
  });

  it('given an OpenDocument text with spans, runs of spaces, explicit spaces and breaks, then ODF’s whitespace rules apply', async () => {
    const body =
      '<text:h>Aftale   om\n  drift</text:h>' +
      '<text:p>Pris:<text:s text:c="3"/><text:span>100</text:span> kr.<text:line-break/>pr. år<text:s/>i alt</text:p>';
    const result = await extractText(odtFromBody(body), 'aftale.odt', null);
    expect(result.text.split('\n').filter(Boolean)).toEqual(['Aftale om drift', 'Pris:   100 kr.', 'pr. år i alt']);
  });

  it('given an Excel workbook, then the sheet name comes first and cells are separated by tabs', async () => {
    const result = await extractText(
      await xlsxWithCells([['Leverandør', 'Beløb'], [DANISH, 1234.5], ['Ålborg']]),
      'a.xlsx',
      XLSX,
    );
    expect(result.status).toBe('text');
    expect(linesOf(result.text)).toEqual(['Ark1', 'Leverandør\tBeløb', `${DANISH}\t1234.5`, 'Ålborg']);
  });

  it('given an Excel workbook with formulas, dates, gaps and several sheets, then results, ISO dates and every sheet come out', async () => {
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('Priser');
    first.getCell('A1').value = 2;
    first.getCell('B1').value = { formula: 'A1*3', result: 6 };
    first.getCell('D1').value = new Date(Date.UTC(2026, 11, 31));
    first.getCell('A3').value = { richText: [{ text: 'Fed ' }, { text: 'tekst' }] };
    book.addWorksheet('Øvrigt').getCell('A1').value = 'Æbler';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await extractText(bytes, 'priser.xlsx', XLSX);
    expect(linesOf(result.text)).toEqual(['Priser', '2\t6\t\t2026-12-31', 'Fed tekst', 'Øvrigt', 'Æbler']);
  });

  it.each([
    ['UTF-8', new TextEncoder().encode(`${DANISH}\n`), 'noter.txt', null],
    ['UTF-8 with a byte-order mark', Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(DANISH)), 'noter.txt', null],
    ['windows-1252', windows1252(DANISH), 'eksport.csv', null],
    ['UTF-16 with a byte-order mark', Uint8Array.of(0xff, 0xfe, ...Buffer.from(DANISH, 'utf16le')), 'noter', 'text/plain'],
    ['text named only by its media type', new TextEncoder().encode(DANISH), 'upload', 'text/plain; charset=utf-8'],
  ])('given a text file in %s, then its text is read with æ, ø and å', async (_encoding, bytes, name, type) => {
    expect(await extractText(bytes, name, type)).toEqual({ status: 'text', text: DANISH });
  });

  it('given windows-1252 text with €, quotes and dashes (bytes 0x80–0x9F), then they are read as such, not as control characters', async () => {
    const bytes = Uint8Array.of(0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x85, 0x20, 0xe6, 0xf8, 0xe5, 0x20, 0x31);
    expect(await extractText(bytes, 'eksport.csv', 'text/csv')).toEqual({ status: 'text', text: '€ “a” – … æøå 1' });
  });

  it('given a PDF with WinAnsi punctuation, then €, quotes and dashes come out', async () => {
    const result = await extractText(pdfWithText(['Pris: 100 € – “fast” pris']), 'pris.pdf', null);
    expect(result).toEqual({ status: 'text', text: 'Pris: 100 € – “fast” pris' });
  });

  it('given text whose UTF-8 is cut in the middle of a letter past the limit, then it is still read as UTF-8', async () => {
    const result = await extractText(new TextEncoder().encode('ø'.repeat(MAX_EXTRACTED_CHARS * 3)), 'stor.txt', null);
    expect(result.status).toBe('text');
    expect(result.text).toBe('ø'.repeat(MAX_EXTRACTED_CHARS));
    expect(result.detail).toMatch(/cut/);
  });
});

describe('extractText of what it cannot or need not read', () => {
  it.each([
    ['PNG', pngImage(), 'foto.png'],
    ['JPEG', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46), 'foto.jpg'],
    ['GIF', new TextEncoder().encode('GIF89a\x01\x00\x01\x00'), 'foto.gif'],
    ['TIFF', Uint8Array.of(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0), 'scan.tif'],
  ])('given a %s image, then it has no text (no OCR)', async (_kind, bytes, name) => {
    const result = await extractText(bytes, name, null);
    expect(result).toMatchObject({ status: 'no_text', text: '' });
  });

  it.each([
    ['random bytes', Uint8Array.from(randomBytes(4096), (b, i) => (i < 8 ? 0 : b)), 'data.bin', 'application/octet-stream'],
    ['an empty file', new Uint8Array(0), 'tom.bin', null],
    ['a ZIP archive of other files', zipSync({ 'a.txt': new TextEncoder().encode('hej') }), 'arkiv.zip', 'application/zip'],
    ['binary data named .txt', Uint8Array.of(0x41, 0x00, 0x42, 0x00, 0x43), 'data.txt', null],
  ])('given %s, then it is unsupported', async (_what, bytes, name, type) => {
    expect(await extractText(bytes, name, type)).toMatchObject({ status: 'unsupported', text: '' });
  });

  it('given a file whose bytes are a PDF but whose name says text, then the bytes decide', () => {
    expect(documentKind(pdfWithText(['x']), 'noter.txt', 'text/plain')).toBe('pdf');
  });
});

describe('extractText of broken files: failed, never thrown', () => {
  const pdf = pdfWithText([DANISH]);

  it.each([
    ['a PDF cut after its header', pdf.subarray(0, 40)],
    ['a PDF cut off in its first object', pdf.subarray(0, 60)],
    ['a PDF whose body is noise', Uint8Array.of(...new TextEncoder().encode('%PDF-1.4\n'), ...randomBytes(2000))],
  ])('given %s, then it failed with a reason', async (_what, bytes) => {
    const result = await extractText(bytes, 'brudt.pdf', 'application/pdf');
    expect(result.status).toBe('failed');
    expect(result.text).toBe('');
    expect(result.detail).toMatch(/PDF/);
  });

  it('given a password-protected PDF, then it failed and says so', async () => {
    expect(await extractText(pdfWithPassword(), 'hemmelig.pdf', null)).toEqual({
      status: 'failed',
      text: '',
      detail: 'PDF is password-protected',
    });
  });

  it('given a Word document with a DOCTYPE (entities could expand), then it failed and no entity was resolved', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const xml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>' +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const result = await extractText(docxFromDocumentXml(xml), 'bombe.docx', null);
    expect(result).toEqual({ status: 'failed', text: '', detail: expect.stringMatching(/DOCTYPE/) });
  });

  it('given a Word document whose XML is not well-formed, then it failed and the part and reason are named', async () => {
    const result = await extractText(docxFromDocumentXml('<w:document><w:body>'), 'brudt.docx', null);
    expect(result).toMatchObject({ status: 'failed', text: '' });
    expect(result.detail).toMatch(/^word\/document\.xml is not well-formed XML: /);
  });

  it('given a Word document nested deeper than any real one, then it failed without reading on', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const deep = `<w:document xmlns:w="${W}"><w:body>${'<w:p>'.repeat(300)}${'</w:p>'.repeat(300)}</w:body></w:document>`;
    const result = await extractText(docxFromDocumentXml(deep), 'dyb.docx', null);
    expect(result).toMatchObject({ status: 'failed', detail: expect.stringMatching(/nested more than 256 deep/) });
  });

  it.each([
    ['cut in half', (zip: Uint8Array) => zip.subarray(0, Math.floor(zip.length / 2))],
    [
      'with its compressed data overwritten',
      (zip: Uint8Array) => zip.map((b, i) => (i > 60 && i < zip.length - 300 ? 0xff ^ b : b)),
    ],
  ])('given a Word document %s, then it failed with a reason', async (_what, damage) => {
    const result = await extractText(damage(docxWithText([DANISH.repeat(20)])), 'brudt.docx', null);
    expect(result.status).toBe('failed');
    expect(result.detail).toEqual(expect.any(String));
  });

  it('given an Excel workbook that is not a workbook inside, then it failed', async () => {
    const bytes = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('ikke xml') });
    expect(await extractText(bytes, 'brudt.xlsx', XLSX)).toMatchObject({ status: 'failed', text: '' });
  });

  it('given a ZIP whose entries claim to unpack to more than the limit, then it failed before inflating', async () => {
    const docx = docxWithText(['lille']);
    // Raise the declared size of word/document.xml in the central directory (offset 24 of its record).
    const bytes = docx.slice();
    const view = new DataView(bytes.buffer);
    const name = new TextEncoder().encode('word/document.xml');
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (nameLength === name.length && bytes.subarray(at + 46, at + 46 + nameLength).every((b, i) => b === name[i])) {
        view.setUint32(at + 24, DOCUMENT_ZIP_LIMITS.maxEntryBytes + 1, true);
      }
    }
    expect(await extractText(bytes, 'bombe.docx', null)).toEqual({
      status: 'failed',
      text: '',
      detail: expect.stringMatching(/more than 200 MB/),
    });
  });

  it('given a ZIP whose entry claims a small size but holds more, then no more than the claim is unpacked', async () => {
    const big = docxWithText(['a'.repeat(100_000)]);
    const bytes = big.slice();
    const view = new DataView(bytes.buffer);
    for (let at = 0; at < bytes.length - 46; at++) {
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        new TextDecoder().decode(bytes.subarray(at + 46, at + 63)) === 'word/document.xml'
      ) {
        view.setUint32(at + 24, 1000, true);
      }
    }
    const result = await extractText(bytes, 'lyver.docx', null);
    expect(result.status).toBe('failed'); // the XML ends early, so it is not well-formed
    expect(result.text).toBe('');
  });

  it('given a huge text, then it is cut at the limit', async () => {
    const result = await extractText(new TextEncoder().encode('ord '.repeat(MAX_EXTRACTED_CHARS)), 'stor.txt', null);
    expect(result.status).toBe('text');
    expect(result.text.length).toBeLessThanOrEqual(MAX_EXTRACTED_CHARS);
    expect(result.detail).toBe(`text cut at ${MAX_EXTRACTED_CHARS} characters`);
  });

  it('given a caller whose bytes are extracted, then its bytes are left as they were', async () => {
    const bytes = pdfWithText([DANISH]);
    const copy = bytes.slice();
    await extractText(bytes, 'kontrakt.pdf', null);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
  });
});
