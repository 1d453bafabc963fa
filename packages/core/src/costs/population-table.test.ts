import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isPopulationHeadingRow,
  type PopulationMunicipality,
  type PopulationSourceRow,
  quarterStart,
  readPopulationTable,
} from './population-table.js';

const MUNICIPALITIES: PopulationMunicipality[] = [
  { code: '101', name: 'København', officialName: 'Københavns Kommune' },
  { code: '147', name: 'Frederiksberg', officialName: 'Frederiksberg Kommune' },
  { code: '400', name: 'Bornholm', officialName: 'Bornholms Regionskommune' },
  { code: '751', name: 'Aarhus', officialName: 'Aarhus Kommune' },
  { code: '810', name: 'Brønderslev', officialName: 'Brønderslev Kommune' },
];

/** Rows as the server hands them: the headings on row `headingRow`, each line below it in turn. */
const rowsOf = (lines: readonly (readonly string[])[], headingRow = 1): PopulationSourceRow[] =>
  lines.map((cells, i) => ({ row: headingRow + 1 + i, cells }));
/** A `;`-separated CSV text (headings first) read into headings and rows. */
const csv = (text: string, headingRow = 1) => {
  const [headings = [], ...lines] = text
    .trim()
    .split('\n')
    .map((line) => line.split(';').map((cell) => cell.trim()));
  return [headings, rowsOf(lines, headingRow)] as const;
};
const read = (text: string, municipalities = MUNICIPALITIES) => readPopulationTable(...csv(text), municipalities);
const figuresOf = (text: string) => read(text).figures.map((f) => [f.code, f.date, f.population]);

describe('quarterStart', () => {
  it.each([
    ['2024K1', '2024-01-01'],
    ['2024K2', '2024-04-01'],
    ['2024K3', '2024-07-01'],
    ['2024K4', '2024-10-01'],
    ['2024Q1', '2024-01-01'],
    ['2025q3', '2025-07-01'],
    [' 2026K4 ', '2026-10-01'],
  ])('given %s, then the quarter starts on %s', (text, date) => {
    expect(quarterStart(text)).toBe(date);
  });

  it.each(['2024K5', '2024K0', '2024', '24K1', '2024-01-01', 'K1 2024', ''])('given %j, then it is not a quarter', (text) => {
    expect(quarterStart(text)).toBeNull();
  });
});

describe('readPopulationTable: our own columns', () => {
  it('given codes, populations and dates, then each row is a figure, sorted by code and date', () => {
    const table = read(`
      Kommunekode;Dato;Indbyggere
      147;2024-01-01;105.000
      101;01-01-2025;660 000
      101;1.1.2024;653.664
      101;01/07/2024;655000
      751;2024K2;367.095`);
    expect(table.layout).toBe('columns');
    expect(table.errors).toEqual([]);
    expect(table.skipped).toEqual([]);
    expect(table.figures).toEqual([
      { row: 4, code: '101', date: '2024-01-01', population: 653_664 },
      { row: 5, code: '101', date: '2024-07-01', population: 655_000 },
      { row: 3, code: '101', date: '2025-01-01', population: 660_000 },
      { row: 2, code: '147', date: '2024-01-01', population: 105_000 },
      { row: 6, code: '751', date: '2024-04-01', population: 367_095 },
    ]);
  });

  it('given names with and without " Kommune" and in either spelling of Aarhus, then each maps to its code', () => {
    expect(
      figuresOf(`
        Kommune;Indbyggere;Dato
        Københavns Kommune;1;2024-01-01
        københavn;2;2024-04-01
        Århus;3;2024-01-01
        Aarhus Kommune;4;2024-04-01
        ÅRHUS KOMMUNE;5;2024-07-01
        Brønderslev-Dronninglund;6;2024-01-01
        Bornholms Regionskommune;7;2024-01-01
        101 København;8;2024-07-01`),
    ).toEqual([
      ['101', '2024-01-01', 1],
      ['101', '2024-04-01', 2],
      ['101', '2024-07-01', 8],
      ['400', '2024-01-01', 7],
      ['751', '2024-01-01', 3],
      ['751', '2024-04-01', 4],
      ['751', '2024-07-01', 5],
      ['810', '2024-01-01', 6],
    ]);
  });

  it('given codes "101", "0101", "147" and "101 København", then the code is three digits', () => {
    expect(
      figuresOf(`
        kode;befolkning;dato
        101;1;2024-01-01
        0101;2;2024-04-01
        0147;3;2024-01-01
        101 København;4;2024-07-01`),
    ).toEqual([
      ['101', '2024-01-01', 1],
      ['101', '2024-04-01', 2],
      ['101', '2024-07-01', 4],
      ['147', '2024-01-01', 3],
    ]);
  });

  it('given both a code and a name, then the code decides and a contradicting name is an error on the name', () => {
    const table = read(`
      Kommunekode;Kommune;Indbyggere;Dato
      101;København;1;2024-01-01
      147;Aarhus;2;2024-01-01
      ;Frederiksberg;3;2024-01-01`);
    expect(table.errors).toEqual([{ row: 3, column: 'Kommune', code: 'unknown_municipality', value: 'Aarhus' }]);
    expect(table.figures.map((f) => [f.row, f.code])).toEqual([
      [2, '101'],
      [4, '147'],
    ]);
  });

  it('given English headings in any case, then they are read as our layout', () => {
    expect(figuresOf('CODE;Population;DATE\n101;1.234.567;2024-01-01')).toEqual([['101', '2024-01-01', 1_234_567]]);
    expect(figuresOf('Municipality;Indbyggertal;Opgørelsesdato\nAarhus;10;2024K1')).toEqual([['751', '2024-01-01', 10]]);
  });

  it('given Danish thousands separators and spaces, then the number is whole', () => {
    expect(
      figuresOf(`
        Kommunekode;Indbyggere;Dato
        101;1.234.567;2024-01-01
        147;1 234 567;2024-01-01
        400;1\u00a0234;2024-01-01
        751;0;2024-01-01
        810;39.000;2024-01-01`),
    ).toEqual([
      ['101', '2024-01-01', 1_234_567],
      ['147', '2024-01-01', 1_234_567],
      ['400', '2024-01-01', 1234],
      ['751', '2024-01-01', 0],
      ['810', '2024-01-01', 39_000],
    ]);
  });

  it.each([
    '1234,5',
    '1.234,50',
    '12.5',
    '-5',
    '+5',
    '1,234',
    '1.23',
    '12.34.567',
    '1 23',
    'mange',
    '..',
    '99999999999999999999',
  ])('given the population %j, then it is an invalid number', (value) => {
    const table = read(`Kommunekode;Indbyggere;Dato\n101;${value};2024-01-01`);
    expect(table.figures).toEqual([]);
    expect(table.errors).toEqual([{ row: 2, column: 'Indbyggere', code: 'invalid_number', value }]);
  });

  it('given empty cells, then each is required; invalid dates and unknown codes are reported on their column', () => {
    const table = read(`
      Kode;Indbyggere;Dato
      101;;2024-01-01
      ;5;
      999;abc;30-02-2024
      101;5;2024K5`);
    expect(table.figures).toEqual([]);
    expect(table.errors).toEqual([
      { row: 2, column: 'Indbyggere', code: 'required', value: null },
      { row: 3, column: 'Kode', code: 'required', value: null },
      { row: 3, column: 'Dato', code: 'required', value: null },
      { row: 4, column: 'Kode', code: 'unknown_municipality', value: '999' },
      { row: 4, column: 'Indbyggere', code: 'invalid_number', value: 'abc' },
      { row: 4, column: 'Dato', code: 'invalid_date', value: '30-02-2024' },
      { row: 5, column: 'Dato', code: 'invalid_date', value: '2024K5' },
    ]);
  });

  it('given an unknown area, then it is an error, while the country, regions, landsdele, Christiansø and Uoplyst are skipped', () => {
    const table = read(`
      Kommune;Indbyggere;Dato
      Hele landet;5.932.654;2024-01-01
      Region Hovedstaden;1.900.000;2024-01-01
      Landsdel Byen København;800.000;2024-01-01
      Christiansø;90;2024-01-01
      Uoplyst;1;2024-01-01
      Gotham;1;2024-01-01
      København;653.664;2024-01-01`);
    expect(table.skipped).toEqual([
      { row: 2, area: 'Hele landet' },
      { row: 3, area: 'Region Hovedstaden' },
      { row: 4, area: 'Landsdel Byen København' },
      { row: 5, area: 'Christiansø' },
      { row: 6, area: 'Uoplyst' },
    ]);
    expect(table.errors).toEqual([{ row: 7, column: 'Kommune', code: 'unknown_municipality', value: 'Gotham' }]);
    expect(table.figures).toEqual([{ row: 8, code: '101', date: '2024-01-01', population: 653_664 }]);
  });

  it('given the same municipality and date twice, then the later row is a duplicate and the first is kept', () => {
    const table = read(`
      Kommunekode;Indbyggere;Dato
      101;653.664;2024-01-01
      147;105.000;2024-01-01
      0101;1;01-01-2024
      101;653.700;2024-04-01`);
    expect(table.errors).toEqual([{ row: 4, column: 'Kommunekode', code: 'duplicate_in_file', value: '0101' }]);
    expect(table.figures.map((f) => [f.row, f.code, f.date, f.population])).toEqual([
      [2, '101', '2024-01-01', 653_664],
      [5, '101', '2024-04-01', 653_700],
      [3, '147', '2024-01-01', 105_000],
    ]);
  });

  it('given missing columns, then each is reported once on the heading row and no row is read', () => {
    const table = readPopulationTable(['Kommunenavn?', 'Antal'], rowsOf([['København', '1']], 3), MUNICIPALITIES);
    expect(table).toEqual({
      layout: 'columns',
      figures: [],
      skipped: [],
      errors: [
        { row: 3, column: 'Kommunekode eller Kommune', code: 'missing_column', value: null },
        { row: 3, column: 'Indbyggere', code: 'missing_column', value: null },
        { row: 3, column: 'Dato', code: 'missing_column', value: null },
      ],
    });
    expect(readPopulationTable(['Kommune', 'Indbyggere'], [], MUNICIPALITIES).errors).toEqual([
      { row: 1, column: 'Dato', code: 'missing_column', value: null },
    ]);
  });

  it('given an empty table, then there are no figures and no errors', () => {
    expect(readPopulationTable(['Kommunekode', 'Indbyggere', 'Dato'], [], MUNICIPALITIES)).toEqual({
      layout: 'columns',
      figures: [],
      skipped: [],
      errors: [],
    });
    expect(readPopulationTable(['OMRÅDE', 'TID', 'INDHOLD'], [], MUNICIPALITIES).errors).toEqual([]);
    expect(readPopulationTable(['', '2024K1'], [], MUNICIPALITIES).errors).toEqual([]);
  });

  it('given blank lines between the rows, then they are passed over', () => {
    const table = read('Kode;Indbyggere;Dato\n;;\n101;1;2024-01-01\n;;');
    expect(table.errors).toEqual([]);
    expect(table.figures).toEqual([{ row: 3, code: '101', date: '2024-01-01', population: 1 }]);
  });
});

describe('readPopulationTable: Statistikbanken FOLK1A, long (API/CSV)', () => {
  it('given the country, regions, landsdele and Christiansø, then they are skipped and the municipalities are figures', () => {
    const table = read(`
      OMRÅDE;TID;INDHOLD
      Hele landet;2024K1;5961249
      Region Hovedstaden;2024K1;1916397
      Landsdel Byen København;2024K1;857548
      København;2024K1;660842
      Frederiksberg;2024K1;104481
      Christiansø;2024K1;87
      Region Midtjylland;2024K2;1375000
      Aarhus;2024K2;367095
      Aarhus;2024K3;368000
      Bornholm;2024K4;39.500`);
    expect(table.layout).toBe('statistikbanken_long');
    expect(table.errors).toEqual([]);
    expect(table.skipped.map((s) => s.area)).toEqual([
      'Hele landet',
      'Region Hovedstaden',
      'Landsdel Byen København',
      'Christiansø',
      'Region Midtjylland',
    ]);
    expect(table.figures.map((f) => [f.row, f.code, f.date, f.population])).toEqual([
      [5, '101', '2024-01-01', 660_842],
      [6, '147', '2024-01-01', 104_481],
      [11, '400', '2024-10-01', 39_500],
      [9, '751', '2024-04-01', 367_095],
      [10, '751', '2024-07-01', 368_000],
    ]);
  });

  it('given codes instead of texts (API valuePresentation=Code), then 000, regions, landsdele and 411 are skipped', () => {
    const table = read(`
      OMRÅDE;TID;INDHOLD
      000;2024K1;5961249
      084;2024K1;1916397
      01;2024K1;857548
      101;2024K1;660842
      0147;2024K1;104481
      411;2024K1;87`);
    expect(table.errors).toEqual([]);
    expect(table.skipped.map((s) => s.area)).toEqual(['000', '084', '01', '411']);
    expect(table.figures.map((f) => f.code)).toEqual(['101', '147']);
  });

  it('given codes and texts ("101 København"), then the code decides', () => {
    const table = read(`
      OMRÅDE;TID;INDHOLD
      000 Hele landet;2024K1;5961249
      084 Region Hovedstaden;2024K1;1916397
      101 København;2024K1;660842
      147 Frederiksberg Kommune;2024K1;104481
      411 Christiansø;2024K1;87
      999 København;2024K1;1`);
    expect(table.skipped.map((s) => s.row)).toEqual([2, 3, 6]);
    expect(table.figures.map((f) => f.code)).toEqual(['101', '147']);
    expect(table.errors).toEqual([{ row: 7, column: 'OMRÅDE', code: 'unknown_municipality', value: '999 København' }]);
  });

  it('given a KØN column, then "Mænd" and "Kvinder" are skipped and "I alt" is kept', () => {
    const table = read(`
      OMRÅDE;KØN;TID;INDHOLD
      København;I alt;2024K1;660842
      København;Mænd;2024K1;324000
      København;Kvinder;2024K1;336842
      Aarhus;Mænd;2024K1;180000
      Aarhus;I alt;2024K1;367095`);
    expect(table.errors).toEqual([]);
    expect(table.skipped).toEqual([
      { row: 3, area: 'København' },
      { row: 4, area: 'København' },
      { row: 5, area: 'Aarhus' },
    ]);
    expect(table.figures.map((f) => [f.row, f.code, f.population])).toEqual([
      [2, '101', 660_842],
      [6, '751', 367_095],
    ]);
  });

  it('given ALDER and CIVILSTAND columns, then only rows where every breakdown is a total are kept', () => {
    const table = read(`
      OMRÅDE;ALDER;CIVILSTAND;KØN;TID;INDHOLD
      København;Alder i alt;Total;TOT;2024K1;660842
      København;0 år;I alt;I alt;2024K1;9000
      København;Alder i alt;Ugift;I alt;2024K1;400000
      Frederiksberg;IALT;TOT;TOT;2024K1;104481`);
    expect(table.skipped.map((s) => s.row)).toEqual([3, 4]);
    expect(table.figures.map((f) => [f.code, f.population])).toEqual([
      ['101', 660_842],
      ['147', 104_481],
    ]);
  });

  it('given an invalid quarter, an invalid number, an unknown area, ".." and a duplicate, then each is reported', () => {
    const table = read(`
      OMRÅDE;TID;INDHOLD
      København;2024K5;660842
      København;2024K1;660.842,5
      Gotham;2024K1;1
      Frederiksberg;2024K1;..
      København;2024K2;660900
      København Kommune;2024K2;660901`);
    expect(table.errors).toEqual([
      { row: 2, column: 'TID', code: 'invalid_date', value: '2024K5' },
      { row: 3, column: 'INDHOLD', code: 'invalid_number', value: '660.842,5' },
      { row: 4, column: 'OMRÅDE', code: 'unknown_municipality', value: 'Gotham' },
      { row: 7, column: 'OMRÅDE', code: 'duplicate_in_file', value: 'København Kommune' },
    ]);
    expect(table.figures).toEqual([{ row: 6, code: '101', date: '2024-04-01', population: 660_900 }]);
  });

  it('given a file without INDHOLD, then the column is missing', () => {
    const table = readPopulationTable(['OMRÅDE', 'TID'], rowsOf([['København', '2024K1']], 2), MUNICIPALITIES);
    expect(table.layout).toBe('statistikbanken_long');
    expect(table.errors).toEqual([{ row: 2, column: 'INDHOLD', code: 'missing_column', value: null }]);
  });

  it('given a byte order mark before OMRÅDE, then the heading is still found', () => {
    expect(figuresOf('\uFEFFOMRÅDE;TID;INDHOLD\nKøbenhavn;2024K1;660842')).toEqual([['101', '2024-01-01', 660_842]]);
  });
});

describe('readPopulationTable: Statistikbanken matrix (web export)', () => {
  it('given areas down and quarters across, then each cell is a figure and ".." or empty cells are none', () => {
    const table = readPopulationTable(
      ...csv(
        `
      ;I alt;2024K1;2024K2;2024K3
      Hele landet;;5961249;5966000;5970000
      København;;660842;..;661.500
      Aarhus Kommune;;367095;367500;
      Region Hovedstaden;;1916397;1917000;1918000
      Bornholm;;..;..;..`,
        3,
      ),
      MUNICIPALITIES,
    );
    expect(table.layout).toBe('statistikbanken_wide');
    expect(table.errors).toEqual([]);
    expect(table.skipped).toEqual([
      { row: 4, area: 'Hele landet' },
      { row: 7, area: 'Region Hovedstaden' },
    ]);
    expect(table.figures.map((f) => [f.row, f.code, f.date, f.population])).toEqual([
      [5, '101', '2024-01-01', 660_842],
      [5, '101', '2024-07-01', 661_500],
      [6, '751', '2024-01-01', 367_095],
      [6, '751', '2024-04-01', 367_500],
    ]);
  });

  it('given an unknown area, a bad number and a repeated area, then the errors name the area column or the quarter', () => {
    const table = read(`
      OMRÅDE;2024K1;2024K2
      Gotham;1;2
      København;660842;-5
      101 København;660843;660900
      ;1;`);
    expect(table.errors).toEqual([
      { row: 2, column: 'OMRÅDE', code: 'unknown_municipality', value: 'Gotham' },
      { row: 3, column: '2024K2', code: 'invalid_number', value: '-5' },
      { row: 4, column: '2024K1', code: 'duplicate_in_file', value: '660843' },
      { row: 5, column: 'OMRÅDE', code: 'required', value: null },
    ]);
    expect(table.figures.map((f) => [f.row, f.date, f.population])).toEqual([
      [3, '2024-01-01', 660_842],
      [4, '2024-04-01', 660_900],
    ]);
  });
});

describe('isPopulationHeadingRow', () => {
  it.each<[string, string[]]>([
    ['OMRÅDE;TID;INDHOLD', ['OMRÅDE', 'TID', 'INDHOLD']],
    ['OMRÅDE;KØN;TID;INDHOLD', ['OMRÅDE', 'KØN', 'TID', 'INDHOLD']],
    ['the matrix with quarters', ['', '2024K1', '2024K2']],
    ['our layout', ['Kommunekode', 'Indbyggere', 'Dato']],
    ['our layout without a date', ['Kommune', 'Indbyggere']],
  ])('given %s, then it is a heading row', (_name, cells) => {
    expect(isPopulationHeadingRow(cells)).toBe(true);
  });

  it.each<[string, string[]]>([
    ["Statistikbanken's title", ['Befolkningen den 1. i kvartalet efter område, køn og tid']],
    ['an empty line', ['', '', '']],
    ['a quarter in the first cell only', ['2024K1']],
    ['a single heading', ['Indbyggere']],
  ])('given %s, then it is not a heading row', (_name, cells) => {
    expect(isPopulationHeadingRow(cells)).toBe(false);
  });
});

describe('readPopulationTable: all 98 municipalities', () => {
  const text = readFileSync(new URL('../../../db/data/municipalities.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const all: PopulationMunicipality[] = lines.map((line) => {
    const [code = '', name = '', officialName = ''] = line.split(',');
    return { code, name, officialName };
  });

  it('given the reference list, then it has the header and 98 municipalities', () => {
    expect(header).toBe('code,name,official_name,region,cvr');
    expect(all).toHaveLength(98);
  });

  it('given every official name, short name, code and "code name", then each maps to its own code', () => {
    const forms = all.flatMap((m) => [m.officialName, m.name, m.code, `0${m.code}`, `${m.code} ${m.name}`]);
    const table = readPopulationTable(
      ['OMRÅDE', 'TID', 'INDHOLD'],
      rowsOf(forms.map((area, i) => [area, `${2000 + i}K1`, String(i)])),
      all,
    );
    expect(table.errors).toEqual([]);
    expect(table.skipped).toEqual([]);
    expect(table.figures.map((f) => [f.code, forms[f.population]])).toEqual(
      all.flatMap((m) => [m.officialName, m.name, m.code, `0${m.code}`, `${m.code} ${m.name}`].map((form) => [m.code, form])),
    );
  });
});
