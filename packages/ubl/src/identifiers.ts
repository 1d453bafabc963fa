import { normaliseCvr, type SchemedId } from '@overblik/core';

/** OIOUBL and Peppol (ISO 6523 ICD) schemes whose value is a CVR or SE number: DK:CVR, 0184, DK:SE, 0198. */
const CVR_SCHEMES = new Set(['DK:CVR', '0184', 'DK:SE', '0198']);
const GLN_SCHEMES = new Set(['GLN', '0088']);

/**
 * The Danish CVR number among a party's ids, in order of preference. An id counts if its scheme is a CVR/SE
 * scheme, or, whatever its scheme, if it is written as a Danish VAT number ("DK" + 8 digits). Check digits
 * are not enforced: neither standard does, and most official example CVRs fail modulus 11.
 */
export function cvrOf(ids: readonly (SchemedId | null)[]): string | null {
  for (const id of ids) {
    if (!id) continue;
    const scheme = id.scheme?.toUpperCase() ?? '';
    const compact = id.value.replace(/\s+/g, '');
    if (!CVR_SCHEMES.has(scheme) && !/^DK\d{8}$/i.test(compact)) continue;
    const cvr = normaliseCvr(compact);
    if (/^\d{8}$/.test(cvr)) return cvr;
  }
  return null;
}

/** The GLN (EAN location number) among a party's ids: scheme GLN or 0088, or a Peppol participant id "0088:…". */
export function glnOf(ids: readonly (SchemedId | null)[]): string | null {
  for (const id of ids) {
    if (!id) continue;
    const scheme = id.scheme?.toUpperCase() ?? '';
    const compact = id.value.replace(/\s+/g, '');
    const participant = /^0088:(\d{13})$/.exec(compact)?.[1];
    const gln = participant ?? (GLN_SCHEMES.has(scheme) ? compact : null);
    if (gln && /^\d{13}$/.test(gln)) return gln;
  }
  return null;
}
