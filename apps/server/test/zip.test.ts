import { crc32, deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip, type ZipLimits, zipEntries } from '../src/files/zip.js';
import { DOCUMENT_ZIP_LIMITS, SPREADSHEET_ZIP_LIMITS } from '../src/limits.js';
import { crcOfZeros, deflatedZeros, rawZip, xlsxBomb } from './fixtures/zip-bombs.js';

const MiB = 1024 * 1024;
const LIMITS: ZipLimits = { maxEntries: 10, maxEntryBytes: 8 * MiB, maxTotalBytes: 12 * MiB, maxRatio: 100 };

describe('the guarded ZIP opener', () => {
  it('given an honest archive, then every entry comes out as it was, and the bytes inflated are counted', async () => {
    const text = new TextEncoder().encode('Aftale om drift. '.repeat(1000));
    const zip = zipSync({ 'a.xml': text, 'mappe/b.txt': new Uint8Array([1, 2, 3]), 'mappe/': new Uint8Array() });
    const opened = await openZip(zip, LIMITS);
    expect([...opened.files.keys()].sort()).toEqual(['a.xml', 'mappe/b.txt']);
    expect(Buffer.from(opened.files.get('a.xml') ?? [])).toEqual(Buffer.from(text));
    expect(opened.inflatedBytes).toBe(text.length + 3);
  });

  it('given a filter, then only the chosen entries are inflated', async () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(5000), 'b.xml': new Uint8Array(7000) });
    const opened = await openZip(zip, LIMITS, (name) => name === 'b.xml');
    expect([...opened.files.keys()]).toEqual(['b.xml']);
    expect(opened.inflatedBytes).toBe(7000);
  });

  it('given more entries than the limit, then it is refused before anything is read', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, new Uint8Array([i])]));
    await expect(openZip(zipSync(files), LIMITS)).rejects.toMatchObject({ name: 'ZipLimitError', limit: 'entries', value: 10 });
  });

  it('given an entry that declares more than the per-entry limit, then it is refused before inflating', async () => {
    const bomb = rawZip([{ name: 'sheet.xml', data: deflatedZeros(1), declaredSize: 9 * MiB }]);
    await expect(openZip(bomb, LIMITS)).rejects.toMatchObject({ limit: 'entry_bytes', value: 8 * MiB });
  });

  it('given entries that together declare more than the total limit, then it is refused before inflating', async () => {
    const entry = (name: string) => ({ name, data: deflatedZeros(7), declaredSize: 7 * MiB, crc: crcOfZeros(7) });
    await expect(openZip(rawZip([entry('a'), entry('b')]), { ...LIMITS, maxRatio: 2000 })).rejects.toMatchObject({
      limit: 'total_bytes',
    });
  });

  it('given an entry compressed beyond the ratio, then it is refused before inflating', async () => {
    // 4 MiB of zeros deflate to about 4 KB: a ratio near 1000 to 1, above the limit of 100.
    const bomb = rawZip([{ name: 'sheet.xml', data: deflatedZeros(4), declaredSize: 4 * MiB, crc: crcOfZeros(4) }]);
    await expect(openZip(bomb, LIMITS)).rejects.toMatchObject({ limit: 'ratio', value: 100 });
  });

  it('given the reported bomb (5 GiB declared honestly, ZIP64), then it is refused on its declared size', async () => {
    const bomb = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(8), declaredSize: 5 * 1024 * MiB }]);
    expect(zipEntries(bomb, 10)[0]?.declaredSize).toBe(5 * 1024 * MiB);
    await expect(openZip(bomb, SPREADSHEET_ZIP_LIMITS)).rejects.toMatchObject({ limit: 'entry_bytes' });
  });

  it('given an entry that understates its size (1 KB declared, 1 GiB inside), then inflating stops just past the claim', async () => {
    const bomb = xlsxBomb(1024, 1024);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const inflated = { bytes: 0 };
    await expect(openZip(bomb, SPREADSHEET_ZIP_LIMITS, () => true, inflated)).rejects.toMatchObject({
      name: 'ZipFormatError',
      message: expect.stringMatching(/more than it declares/),
    });
    // The inflater is stopped with its first output chunk past the claim (zlib hands out at most 64 KB at a time).
    expect(inflated.bytes).toBeGreaterThan(1024);
    expect(inflated.bytes).toBeLessThan(1024 + 128 * 1024);
  });

  it('given an entry that unpacks to less than it declares or fails its checksum, then the archive is unreadable', async () => {
    const data = Buffer.from('kort');
    const short = rawZip([{ name: 'a.txt', data: deflateRawSync(data), declaredSize: 100, crc: crc32(data) }]);
    await expect(openZip(short, LIMITS)).rejects.toMatchObject({ name: 'ZipFormatError' });
    const damaged = rawZip([{ name: 'a.txt', data: deflateRawSync(data), declaredSize: data.length, crc: 12345 }]);
    await expect(openZip(damaged, LIMITS)).rejects.toMatchObject({ name: 'ZipFormatError', message: /checksum/ });
  });

  it('given bytes that are not a ZIP archive, or an archive cut short, then it is unreadable, never a crash', async () => {
    await expect(openZip(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), LIMITS)).rejects.toMatchObject({ name: 'ZipFormatError' });
    const zip = zipSync({ 'a.txt': new Uint8Array(3000).fill(65) });
    for (const cut of [10, 40, zip.length - 30]) {
      const truncated = zip.subarray(0, cut);
      await expect(openZip(truncated, LIMITS)).rejects.toMatchObject({ name: 'ZipFormatError' });
    }
  });

  it('holds the documents’ limits at least as high as the spreadsheets’ (a workbook is also a document)', () => {
    expect(DOCUMENT_ZIP_LIMITS.maxTotalBytes).toBeGreaterThanOrEqual(SPREADSHEET_ZIP_LIMITS.maxTotalBytes);
    expect(DOCUMENT_ZIP_LIMITS.maxEntries).toBeGreaterThanOrEqual(SPREADSHEET_ZIP_LIMITS.maxEntries);
  });
});
