import { readFileSync } from 'node:fs';

export type MunicipalityRecord = { code: string; name: string; officialName: string; region: string; cvr: string };

let shipped: readonly MunicipalityRecord[] | undefined;

/**
 * The shipped list of the 98 municipalities, read once per process (requests use it to name and match
 * municipalities); the file's header is checked so a changed layout fails loudly.
 */
export function readMunicipalities(): readonly MunicipalityRecord[] {
  shipped ??= parseMunicipalities();
  return shipped;
}

function parseMunicipalities(): MunicipalityRecord[] {
  const text = readFileSync(new URL('../../data/municipalities.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  if (header !== 'code,name,official_name,region,cvr') throw new Error('municipalities.csv: unexpected header');
  return lines.map((line, i) => {
    const [code, name, officialName, region, cvr] = line.split(',');
    if (!code || !name || !officialName || !region || !cvr) throw new Error(`municipalities.csv line ${i + 2}: missing field`);
    return { code, name, officialName, region, cvr };
  });
}
