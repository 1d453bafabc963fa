import { readFileSync } from 'node:fs';

export type PriceIndexRecord = { month: string; value: string };

/** The shipped monthly nettoprisindeks (2015 = 100; source: packages/db/data/SOURCES.md). */
export function readPriceIndex(): PriceIndexRecord[] {
  const text = readFileSync(new URL('../../data/nettoprisindeks.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  if (header !== 'month,value') throw new Error('nettoprisindeks.csv: unexpected header');
  return lines.map((line, i) => {
    const [month, value] = line.split(',');
    if (!month || !/^\d{4}-\d{2}$/.test(month) || !value || !/^\d+(\.\d+)?$/.test(value))
      throw new Error(`nettoprisindeks.csv line ${i + 2}: not a month and a value`);
    return { month, value };
  });
}
