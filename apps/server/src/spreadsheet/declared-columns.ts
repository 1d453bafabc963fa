import { CELL_GUIDE, enumGuide, type FieldSpec, type Fields } from '@overblik/core';
import type { Column } from './write-table.js';

/** A register's spreadsheet column, from its field's declaration (packages/core `fields.ts`). */
export type SheetColumn<Id extends string> = Column & {
  id: Id;
  /** Other headings the import accepts for the column (compared by `headingKey`). */
  aliases: readonly string[];
  /** How to fill it in, for the guide sheet (Danish). */
  guide: string;
  required?: boolean;
};

const { date: DATE, money: MONEY, percent: PERCENT, text } = CELL_GUIDE;

/** How to fill in a field's cell when its declaration says nothing more. */
function guideOf(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'text':
      return text(spec.max);
    case 'date':
      return DATE;
    case 'money':
      return MONEY;
    case 'decimal':
      return PERCENT;
    case 'enum':
      return `En af: ${enumGuide(spec.labels)}.`;
    case 'monthOfYear':
      return CELL_GUIDE.monthOfYear;
    case 'option':
      return 'En af værdierne i listen (navn eller nøgle).';
    default:
      throw new Error('the field declares no guide');
  }
}

const CELL_OF_KIND: Partial<Record<FieldSpec['kind'], Column['kind']>> = {
  date: 'date',
  months: 'integer',
  integer: 'integer',
  money: 'number',
  decimal: 'decimal',
};

/**
 * A register's sheet from its field declarations (packages/core): every field with a column, in declaration
 * order, with its Danish heading (export, template), the other names the import accepts, and its guide.
 */
export function sheetColumns<F extends Fields>(fields: F): SheetColumn<keyof F & string>[] {
  return (Object.entries(fields) as Array<[keyof F & string, FieldSpec]>).flatMap(([id, spec]) => {
    const column = spec.column;
    if (!column) return [];
    const kind = column.cell ?? CELL_OF_KIND[spec.kind];
    return [
      {
        id,
        heading: column.heading,
        aliases: column.aliases,
        guide: column.guide ?? guideOf(spec),
        width: column.width,
        ...(column.required && { required: true }),
        ...(column.readOnly && { readOnly: true }),
        ...(kind && { kind }),
      },
    ];
  });
}
