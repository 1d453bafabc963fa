import { crc32, createInflateRaw } from 'node:zlib';
import { type Zippable, zipSync } from 'fflate';

/**
 * The one way to open a ZIP-based file (xlsx, docx, odt and whatever comes later). A ZIP archive can declare
 * small sizes and unpack to gigabytes (a zip bomb), so every limit is checked twice: on the sizes the central
 * directory declares, before anything is inflated, and on the bytes actually inflated, counted as they come
 * out of the inflater, which is stopped the moment an entry passes its declared size or a limit.
 */
export type ZipLimits = {
  /** The most entries the central directory may list. */
  maxEntries: number;
  /** The most one entry may unpack to. */
  maxEntryBytes: number;
  /** The most all the entries that are read may unpack to together. */
  maxTotalBytes: number;
  /** The highest ratio of unpacked to packed size of an entry larger than `RATIO_FLOOR_BYTES`. */
  maxRatio: number;
};

/** Entries smaller than this are not held to the ratio: tiny parts of office files compress very well. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Which limit a file passed; the names are the `limit` of the error and of docs/operations.md. */
export type ZipLimitName = 'entries' | 'entry_bytes' | 'total_bytes' | 'ratio';

/** A file beyond one of the limits. `value` is the limit that was passed (bytes, entries or the ratio). */
export class ZipLimitError extends Error {
  constructor(
    readonly limit: ZipLimitName,
    readonly value: number,
  ) {
    super(`ZIP archive passes the limit on ${LIMIT_WORDS[limit](value)}`);
    this.name = 'ZipLimitError';
  }
}

/** A ZIP archive that is broken, encrypted or lies about its entries in a way that is not a size limit. */
export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(`ZIP archive could not be read: ${detail}`);
    this.name = 'ZipFormatError';
  }
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const LIMIT_WORDS: Record<ZipLimitName, (value: number) => string> = {
  entries: (value) => `entries (more than ${value})`,
  entry_bytes: (value) => `unpacked size of one entry (more than ${megabytes(value)})`,
  total_bytes: (value) => `unpacked size (more than ${megabytes(value)})`,
  ratio: (value) => `compression ratio (more than ${value} to 1)`,
};

/** An entry as the central directory describes it. */
export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  packedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries the central directory lists, after checking their number against `maxEntries`; nothing is inflated. */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const zip64 = u64(eocd - 12);
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_EOCD) throw new ZipFormatError('broken ZIP64 directory');
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }
  if (count > maxEntries) throw new ZipLimitError('entries', maxEntries);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw new ZipFormatError('broken central directory');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new ZipFormatError('broken central directory');
    let packedSize = u32(at + 20);
    let declaredSize = u32(at + 24);
    let localHeaderOffset = u32(at + 42);
    // ZIP64: the sizes and offset that do not fit in 32 bits are in the extra field, in this order.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(extra);
      const size = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          const value = field + 8 <= extra + 4 + size ? u64(field) : null;
          field += 8;
          return value;
        };
        if (declaredSize === 0xffffffff) declaredSize = next() ?? declaredSize;
        if (packedSize === 0xffffffff) packedSize = next() ?? packedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? localHeaderOffset;
      }
      extra += 4 + size;
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: u16(at + 10),
      encrypted: (flags & 1) === 1,
      crc: u32(at + 16),
      packedSize,
      declaredSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What was read: the chosen entries unpacked, and how many bytes were unpacked in all (for tests and logs). */
export type OpenedZip = { files: Map<string, Uint8Array>; inflatedBytes: number };

/**
 * The entries `wanted` chooses, unpacked under `limits`: the declared sizes, their sum and ratios are checked
 * before anything is inflated, then each entry is inflated (off the main thread, by zlib's thread pool) and
 * stopped as soon as it passes its declared size or what is left of the total. An entry that unpacks to other
 * than it declares, or whose checksum is wrong, makes the archive unreadable.
 */
export async function openZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => true,
  /** Counts the bytes unpacked as they come, also when the archive is refused part-way (tests read it). */
  inflated: { bytes: number } = { bytes: 0 },
): Promise<OpenedZip> {
  const entries = zipEntries(bytes, limits.maxEntries).filter((entry) => !entry.name.endsWith('/') && wanted(entry.name));
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses an unknown compression method`);
    if (entry.declaredSize > limits.maxEntryBytes) throw new ZipLimitError('entry_bytes', limits.maxEntryBytes);
    declaredTotal += entry.declaredSize;
    if (declaredTotal > limits.maxTotalBytes) throw new ZipLimitError('total_bytes', limits.maxTotalBytes);
    if (entry.declaredSize > RATIO_FLOOR_BYTES && entry.declaredSize > limits.maxRatio * Math.max(entry.packedSize, 1)) {
      throw new ZipLimitError('ratio', limits.maxRatio);
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const packed = packedData(bytes, entry);
    // Never more than the entry declares; the declared sizes already fit the limits, so this bounds them too.
    const budget = Math.min(entry.declaredSize, limits.maxEntryBytes, limits.maxTotalBytes - inflated.bytes);
    if (entry.method === 0) inflated.bytes += packed.length;
    const data = entry.method === 0 ? packed : await inflateAtMost(packed, budget, inflated);
    if (data.length > budget) throw new ZipFormatError(`${entry.name} unpacks to more than it declares`);
    if (data.length !== entry.declaredSize) throw new ZipFormatError(`${entry.name} is not the size it declares`);
    if (crc32(data) !== entry.crc) throw new ZipFormatError(`${entry.name} is damaged (checksum)`);
    files.set(entry.name, data);
  }
  return { files, inflatedBytes: inflated.bytes };
}

/** The bytes of an entry stored without compression (method 0), as they lie in the archive. */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method !== 0) throw new ZipFormatError(`${entry.name} is compressed`);
  return packedData(bytes, entry);
}

function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${entry.name} has no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packedSize > bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.packedSize);
}

/**
 * Inflates raw DEFLATE data, stopping as soon as more than `budget` bytes have come out (the result is then
 * `budget + 1` bytes long, so the caller sees it passed). Every byte inflated is added to `counted.bytes`.
 */
function inflateAtMost(packed: Uint8Array, budget: number, counted: { bytes: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    const chunks: Buffer[] = [];
    let length = 0;
    let stopped = false;
    inflater.on('data', (chunk: Buffer) => {
      if (stopped) return;
      counted.bytes += chunk.length;
      length += chunk.length;
      if (length > budget) {
        stopped = true;
        inflater.destroy();
        resolve(new Uint8Array(budget + 1));
        return;
      }
      chunks.push(chunk);
    });
    inflater.on('error', (error) => {
      if (!stopped) reject(new ZipFormatError(error.message));
    });
    inflater.on('end', () => {
      if (!stopped) resolve(Buffer.concat(chunks, length));
    });
    inflater.end(packed);
  });
}

/**
 * The archive's entries as a new archive that stores them without compression, for readers (exceljs, through
 * JSZip) that would otherwise inflate whatever an archive holds.
 */
export function storedCopy(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const stored: Zippable = {};
  for (const [name, data] of files) stored[name] = [data, { level: 0 }];
  const zip = zipSync(stored);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}

/** Whether the bytes start like a ZIP archive (local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
