import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, safeFileName } from './file-name.js';

const RLO = '\u202e';

/** Names of any code points (lone surrogate halves included), with the troublesome ones often. */
const names = fc
  .array(
    fc.oneof(
      fc.constantFrom('\r', '\n', '\0', '\t', '\u0085', RLO, '\u2066', '\u200f', '\ud83d', '\udc4d', '/', '\\', '.', ' ', 'æ'),
      fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
    ),
    { maxLength: 80 },
  )
  .map((chars) => chars.join(''));

describe('safeFileName', () => {
  it.each([
    ['kontrakt.pdf', 'kontrakt.pdf'],
    ['Bilag 3 – Ændringer (endelig).docx', 'Bilag 3 – Ændringer (endelig).docx'],
    ['a\r\nb\0.pdf', 'ab.pdf'],
    ['tab\there.txt', 'tabhere.txt'],
    ['del\u007f.pdf', 'del.pdf'],
    ['c1\u0085\u009b.pdf', 'c1.pdf'],
    [`kontrakt${RLO}fdp.exe`, 'kontraktfdp.exe'],
    ['\u2066isolate\u2069 \u200enavn\u200f\u061c.pdf', 'isolate navn.pdf'],
    ['\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069x.pdf', 'x.pdf'],
    ['C:\\Users\\lene\\Skrivebord\\aftale.pdf', 'aftale.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['  mellemrum.pdf  ', 'mellemrum.pdf'],
    ['emoji 👍.pdf', 'emoji 👍.pdf'],
    ['halv \ud83d.pdf', 'halv .pdf'],
    ['\udc4d halv.pdf', 'halv.pdf'],
  ])('%j is kept as %j', (name, expected) => {
    expect(safeFileName(name, 'dokument')).toBe(expected);
  });

  it.each([[''], ['   '], ['\r\n\0'], [RLO], ['.'], ['..'], ['mappe/'], ['\\\r\n']])(
    '%j falls back to the given name',
    (name) => {
      expect(safeFileName(name, 'dokument')).toBe('dokument');
      expect(safeFileName(name, null)).toBeNull();
    },
  );

  it('falls back when there is no name at all', () => {
    expect(safeFileName(null, 'faktura.xml')).toBe('faktura.xml');
    expect(safeFileName(undefined, null)).toBeNull();
  });

  it(`cuts a long name to ${MAX_FILE_NAME_LENGTH} characters, keeping its extension`, () => {
    const long = `${'å'.repeat(300)}.pdf`;
    const cut = safeFileName(long, 'x');
    expect([...cut]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(cut.endsWith('å.pdf')).toBe(true);
    expect([...safeFileName('👍'.repeat(300), 'x')]).toHaveLength(MAX_FILE_NAME_LENGTH);
  });

  it('never leaves a control character, a bidi control, a lone surrogate or a folder separator', () => {
    fc.assert(
      fc.property(names, (name) => {
        const safe = safeFileName(name, 'dokument');
        encodeURIComponent(safe); // throws on a lone surrogate
        return !/[\p{Cc}\p{Bidi_Control}/\\]/u.test(safe) && safe === safe.trim() && safeFileName(safe, 'dokument') === safe;
      }),
    );
  });
});
