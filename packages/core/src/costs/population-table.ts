import { parseDanishDate } from '../spreadsheet/danish-values.js';
import { type CalendarDate, isCalendarDate } from '../time/calendar-date.js';

/**
 * Reads a table of municipality populations (the input of a population import): our own layout with named
 * columns, or Statistikbanken's FOLK1A export (long CSV from the API, or the wide matrix from the web). The caller
 * reads the file into headings and rows of cell texts; this returns every figure and every row error. An import
 * must be refused when `errors` is not empty: `figures` then holds only the rows without errors.
 */

export type PopulationMunicipality = { code: string; name: string; officialName: string };
/** A row of the file: its 1-based row number in the spreadsheet and its cells in heading order ('' when empty). */
export type PopulationSourceRow = { row: number; cells: readonly string[] };
export type PopulationFigureRow = { row: number; code: string; date: CalendarDate; population: number };
export type PopulationErrorCode =
  | 'missing_column'
  | 'required'
  | 'unknown_municipality'
  | 'invalid_date'
  | 'invalid_number'
  | 'duplicate_in_file';
/** `column` is the heading as written in the file (null for a blank heading); `value` the cell text (null when none). */
export type PopulationRowError = { row: number; column: string | null; code: PopulationErrorCode; value: string | null };
/** A row that is not a municipality (the whole country, a region, a landsdel, Christiansø) or not a total. */
export type PopulationSkipped = { row: number; area: string };
export type PopulationTableLayout = 'columns' | 'statistikbanken_long' | 'statistikbanken_wide';
export type PopulationTable = {
  layout: PopulationTableLayout;
  figures: PopulationFigureRow[];
  skipped: PopulationSkipped[];
  errors: PopulationRowError[];
};

/** The first day of a quarter: "2024K1" (Statistikbanken) or "2024Q1" → "2024-01-01"; K2 → April, K3 → July, K4 → October. */
export function quarterStart(text: string): CalendarDate | null {
  const match = /^(\d{4})[KQ]([1-4])$/i.exec(text.trim());
  if (!match) return null;
  const [, year = '', quarter = ''] = match;
  const date = `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return isCalendarDate(date) ? date : null;
}

// Headings of our own layout (compared trimmed and in lower case).
const CODE_HEADINGS = ['kommunekode', 'kode', 'code', 'kommunenummer'];
const NAME_HEADINGS = ['kommune', 'navn', 'name', 'municipality', 'kommunenavn'];
const POPULATION_HEADINGS = ['indbyggere', 'befolkning', 'indbyggertal', 'population', 'antal indbyggere'];
const DATE_HEADINGS = ['dato', 'date', 'opgørelsesdato'];
// Statistikbanken's long export (FOLK1A: OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD).
const AREA_HEADING = 'område';
const TIME_HEADING = 'tid';
const VALUE_HEADING = 'indhold';

const headingKey = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('da');

function detectLayout(headings: readonly string[]): PopulationTableLayout {
  const keys = headings.map(headingKey);
  if (keys.includes(TIME_HEADING) || keys.includes(VALUE_HEADING)) return 'statistikbanken_long';
  if (keys.some((key, i) => i > 0 && quarterStart(key) !== null)) return 'statistikbanken_wide';
  if (keys.includes(AREA_HEADING)) return 'statistikbanken_long';
  return 'columns';
}

/**
 * Whether a row looks like the heading row of one of the layouts, so that title lines above it can be skipped:
 * two of OMRÅDE/TID/INDHOLD; a quarter ("2024K1") after the first cell; or two of a municipality, population and
 * date heading of our own layout.
 */
export function isPopulationHeadingRow(cells: readonly string[]): boolean {
  const keys = cells.map(headingKey);
  const count = (groups: readonly (readonly string[])[]) => groups.filter((g) => keys.some((k) => g.includes(k))).length;
  if (count([[AREA_HEADING], [TIME_HEADING], [VALUE_HEADING]]) >= 2) return true;
  if (keys.some((key, i) => i > 0 && quarterStart(key) !== null)) return true;
  return count([[...CODE_HEADINGS, ...NAME_HEADINGS], POPULATION_HEADINGS, DATE_HEADINGS]) >= 2;
}

// --- Areas -------------------------------------------------------------------------------------------------------

export type Area = { kind: 'municipality'; code: string } | { kind: 'skip' } | { kind: 'unknown' };

const cleanText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A name compared case-insensitively, without " Kommune", with "å" as "aa" (Århus = Aarhus) and "-" as a space. */
function nameKey(text: string): string {
  const key = cleanText(text)
    .toLocaleLowerCase('da')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/ kommune$/, '')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, ' ');
  return NAME_ALIASES.get(key) ?? key;
}
const NAME_ALIASES = new Map([['brønderslev dronninglund', 'brønderslev']]);

/** DST area codes that are not municipalities: the whole country, the regions and Christiansø. */
const NOT_MUNICIPALITY_CODES = new Set(['000', '081', '082', '083', '084', '085', '411']);
/** Statistikbanken writes the landsdele with two-digit codes 01–11. */
const LANDSDEL_CODE = /^(0[1-9]|1[01])$/;

function notMunicipalityName(text: string): boolean {
  const key = cleanText(text).toLocaleLowerCase('da');
  return (
    key === 'hele landet' ||
    key.startsWith('region ') ||
    key.startsWith('landsdel ') ||
    key === 'christiansø' ||
    key.startsWith('uoplyst')
  );
}

/** A municipality code of 1–3 digits (left-padded) or four digits with a leading zero ("0101"). */
function codeOf(digits: string): string | null {
  if (/^\d{1,3}$/.test(digits)) return digits.padStart(3, '0');
  if (/^0\d{3}$/.test(digits)) return digits.slice(1);
  return null;
}

/** Which municipality a cell names: a code ("101", "0101"), a name (with or without "Kommune") or "101 København". */
export function areaReader(municipalities: readonly PopulationMunicipality[]): (text: string) => Area {
  const codes = new Set(municipalities.map((m) => m.code));
  const byName = new Map<string, string>();
  for (const m of municipalities) {
    for (const name of [m.name, m.officialName]) {
      const key = nameKey(name);
      if (!byName.has(key)) byName.set(key, m.code);
    }
  }
  const byCode = (digits: string): Area | null => {
    const code = codeOf(digits);
    if (code !== null && codes.has(code)) return { kind: 'municipality', code };
    if ((code !== null && NOT_MUNICIPALITY_CODES.has(code)) || LANDSDEL_CODE.test(digits)) return { kind: 'skip' };
    return null;
  };
  return (raw) => {
    const text = cleanText(raw);
    if (/^\d+$/.test(text)) return byCode(text) ?? { kind: 'unknown' };
    // "101 København": the code decides.
    const coded = /^(\d{1,4}) (.+)$/.exec(text);
    if (coded) {
      const [, digits = '', name = ''] = coded;
      return byCode(digits) ?? (notMunicipalityName(name) ? { kind: 'skip' } : { kind: 'unknown' });
    }
    const code = byName.get(nameKey(text));
    if (code !== undefined) return { kind: 'municipality', code };
    return notMunicipalityName(text) ? { kind: 'skip' } : { kind: 'unknown' };
  };
}

// --- Values ------------------------------------------------------------------------------------------------------

/** A whole, non-negative number, with "." or spaces grouping thousands ("1.234.567", "1 234 567"). */
export function parseWholeNumber(text: string): number | null {
  const value = cleanText(text);
  if (!/^\d+$|^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?: \d{3})+$/.test(value)) return null;
  const population = Number(value.replace(/[. ]/g, ''));
  return Number.isSafeInteger(population) ? population : null;
}

/** A quarter ("2024K1": its first day) or a date (ISO, or Danish day-month-year). */
const parseDate = (text: string): CalendarDate | null => quarterStart(text) ?? parseDanishDate(text);

/** Statistikbanken's mark for a figure that is not available. */
const NOT_AVAILABLE = '..';

const TOTALS = new Set(['i alt', 'alder i alt', 'total', 'tot', 'ialt']);
const isTotal = (text: string) => {
  const key = cleanText(text).toLocaleLowerCase('da');
  return TOTALS.has(key) || key.endsWith(' i alt');
};

// --- Reading -----------------------------------------------------------------------------------------------------

type Column = { index: number; heading: string | null };
/** An error with the position of its column, for sorting by row and then by column as they stand in the file. */
type RankedError = PopulationRowError & { order: number };

class Collector {
  readonly figures: PopulationFigureRow[] = [];
  readonly skipped: PopulationSkipped[] = [];
  readonly errors: RankedError[] = [];
  private readonly seen = new Set<string>();

  error(row: number, column: Column | null, code: PopulationErrorCode, value: string | null): void {
    this.errors.push({ row, column: column?.heading ?? null, code, value, order: column?.index ?? -1 });
  }

  skip(row: number, area: string): void {
    this.skipped.push({ row, area });
  }

  /** Adds a figure unless the municipality already has one for the date (then the later row is the error). */
  figure(figure: PopulationFigureRow, column: Column, value: string): void {
    const key = `${figure.code}|${figure.date}`;
    if (this.seen.has(key)) {
      this.error(figure.row, column, 'duplicate_in_file', value);
      return;
    }
    this.seen.add(key);
    this.figures.push(figure);
  }
}

const cellOf = (row: PopulationSourceRow, column: Column) => (row.cells[column.index] ?? '').trim();
const blankRow = (row: PopulationSourceRow) => row.cells.every((cell) => cell.trim() === '');

export function readPopulationTable(
  headings: readonly string[],
  rows: readonly PopulationSourceRow[],
  municipalities: readonly PopulationMunicipality[],
): PopulationTable {
  const layout = detectLayout(headings);
  const out = new Collector();
  const columns: Column[] = headings.map((heading, index) => {
    const text = heading.replace(/^\uFEFF/, '').trim();
    return { index, heading: text === '' ? null : text };
  });
  const find = (names: readonly string[]) => columns.find((c) => names.includes(headingKey(c.heading ?? '')));
  const headingRow = Math.max(1, (rows[0]?.row ?? 2) - 1);
  const missing = (expected: readonly [Column | undefined, string][]) => {
    expected.forEach(([column, heading], i) => {
      if (!column) out.errors.push({ row: headingRow, column: heading, code: 'missing_column', value: null, order: i });
    });
    return expected.some(([column]) => !column);
  };
  const read = { out, area: areaReader(municipalities), rows: rows.filter((row) => !blankRow(row)) };

  if (layout === 'columns') {
    const code = find(CODE_HEADINGS);
    const name = find(NAME_HEADINGS);
    const population = find(POPULATION_HEADINGS);
    const date = find(DATE_HEADINGS);
    if (
      !missing([
        [code ?? name, 'Kommunekode eller Kommune'],
        [population, 'Indbyggere'],
        [date, 'Dato'],
      ])
    ) {
      readColumns(read, { code, name, population: population as Column, date: date as Column });
    }
  } else if (layout === 'statistikbanken_long') {
    const area = find([AREA_HEADING]);
    const time = find([TIME_HEADING]);
    const value = find([VALUE_HEADING]);
    if (
      !missing([
        [area, 'OMRÅDE'],
        [time, 'TID'],
        [value, 'INDHOLD'],
      ])
    ) {
      const dimensions = columns.filter((c) => c !== area && c !== time && c !== value && c.heading !== null);
      readLong(read, area as Column, time as Column, value as Column, dimensions);
    }
  } else {
    const quarters = columns.flatMap((c) => {
      const start = c.index > 0 && c.heading !== null ? quarterStart(c.heading) : null;
      return start === null ? [] : [{ column: c, date: start }];
    });
    readWide(read, columns[0] as Column, quarters);
  }

  return {
    layout,
    figures: out.figures.sort((a, b) => compareText(a.code, b.code) || compareText(a.date, b.date)),
    skipped: out.skipped.sort((a, b) => a.row - b.row),
    errors: out.errors.sort((a, b) => a.row - b.row || a.order - b.order).map(({ order: _, ...error }) => error),
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Reading = { out: Collector; area: (text: string) => Area; rows: readonly PopulationSourceRow[] };

/**
 * The municipality a row's area cell names: its code, `null` after recording the error (empty or unknown), or
 * `'skip'` after recording a row that is not a municipality (the whole country, a region, …).
 */
function rowMunicipality({ out, area }: Reading, row: PopulationSourceRow, column: Column, text: string): string | null | 'skip' {
  if (text === '') {
    out.error(row.row, column, 'required', null);
    return null;
  }
  const found = area(text);
  if (found.kind === 'skip') {
    out.skip(row.row, text);
    return 'skip';
  }
  if (found.kind === 'unknown') {
    out.error(row.row, column, 'unknown_municipality', text);
    return null;
  }
  return found.code;
}

function readColumns(
  reading: Reading,
  columns: { code: Column | undefined; name: Column | undefined; population: Column; date: Column },
): void {
  const { out, area, rows } = reading;
  for (const row of rows) {
    const errors = out.errors.length;
    const codeText = columns.code ? cellOf(row, columns.code) : '';
    const nameText = columns.name ? cellOf(row, columns.name) : '';
    // The code decides; the name is used when there is no code.
    const areaColumn = codeText !== '' ? columns.code : nameText !== '' ? columns.name : undefined;
    const areaText = codeText !== '' ? codeText : nameText;
    const code = rowMunicipality(reading, row, (areaColumn ?? columns.code ?? columns.name) as Column, areaText);
    if (code === 'skip') continue;
    const named = code !== null && areaColumn === columns.code && nameText !== '' ? area(nameText) : null;
    if (named && (named.kind !== 'municipality' || named.code !== code)) {
      out.error(row.row, columns.name as Column, 'unknown_municipality', nameText);
    }
    const population = readNumber(out, row, columns.population, true);
    const date = readDate(out, row, columns.date);
    if (out.errors.length === errors && code !== null && population !== null && date !== null) {
      out.figure({ row: row.row, code, date, population }, areaColumn as Column, areaText);
    }
  }
}

function readLong(reading: Reading, areaColumn: Column, time: Column, value: Column, dimensions: Column[]): void {
  const { out, rows } = reading;
  for (const row of rows) {
    const areaText = cellOf(row, areaColumn);
    // A row broken down by sex, age, marital status, …: only the totals are a municipality's population.
    if (dimensions.some((d) => cellOf(row, d) !== '' && !isTotal(cellOf(row, d)))) {
      out.skip(row.row, areaText);
      continue;
    }
    if (cellOf(row, value) === NOT_AVAILABLE) continue;
    const errors = out.errors.length;
    const code = rowMunicipality(reading, row, areaColumn, areaText);
    if (code === 'skip') continue;
    const date = readDate(out, row, time);
    const population = readNumber(out, row, value, true);
    if (out.errors.length === errors && code !== null && population !== null && date !== null) {
      out.figure({ row: row.row, code, date, population }, areaColumn, areaText);
    }
  }
}

function readWide(reading: Reading, areaColumn: Column, quarters: { column: Column; date: CalendarDate }[]): void {
  const { out, rows } = reading;
  for (const row of rows) {
    // Empty and ".." cells are no figure; a row without figures (a label or a note) says nothing.
    const cells = quarters.filter(({ column }) => cellOf(row, column) !== '' && cellOf(row, column) !== NOT_AVAILABLE);
    if (cells.length === 0) continue;
    const code = rowMunicipality(reading, row, areaColumn, cellOf(row, areaColumn));
    if (code === 'skip') continue;
    for (const { column, date } of cells) {
      const population = readNumber(out, row, column, false);
      if (code !== null && population !== null) out.figure({ row: row.row, code, date, population }, column, cellOf(row, column));
    }
  }
}

function readNumber(out: Collector, row: PopulationSourceRow, column: Column, required: boolean): number | null {
  const text = cellOf(row, column);
  if (text === '') {
    if (required) out.error(row.row, column, 'required', null);
    return null;
  }
  const population = parseWholeNumber(text);
  if (population === null) out.error(row.row, column, 'invalid_number', text);
  return population;
}

function readDate(out: Collector, row: PopulationSourceRow, column: Column): CalendarDate | null {
  const text = cellOf(row, column);
  if (text === '') {
    out.error(row.row, column, 'required', null);
    return null;
  }
  const date = parseDate(text);
  if (date === null) out.error(row.row, column, 'invalid_date', text);
  return date;
}
