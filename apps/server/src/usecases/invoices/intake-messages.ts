import type { Locale } from '../../context.js';

/** Why a received file was refused: the parser's error codes and the intake's own. */
export type IntakeProblem = {
  code: 'too_large' | 'doctype' | 'entity' | 'malformed' | 'not_ubl' | 'missing' | 'invalid_value' | 'empty' | 'no_organisation';
  line?: number | null;
  detail?: string;
};

const MESSAGES: Record<IntakeProblem['code'], readonly [string, string]> = {
  too_large: ['Filen er for stor til at være en faktura.', 'The file is too large to be an invoice.'],
  doctype: [
    'Filen indeholder en DOCTYPE-erklæring. Den afvises af sikkerhedshensyn (XXE og entity-udvidelse).',
    'The file contains a DOCTYPE declaration. It is refused for security reasons (XXE and entity expansion).',
  ],
  entity: [
    'Filen henviser til en entity, som ikke er tilladt i en e-faktura.',
    'The file refers to an entity, which is not allowed in an e-invoice.',
  ],
  malformed: [
    'Filen er ikke gyldig XML (fx afkortet eller forkert tegnsæt).',
    'The file is not well-formed XML (e.g. cut short or wrongly encoded).',
  ],
  not_ubl: [
    'Filen er ikke en OIOUBL- eller Peppol-faktura eller -kreditnota.',
    'The file is not an OIOUBL or Peppol invoice or credit note.',
  ],
  missing: ['Et påkrævet element mangler i fakturaen.', 'A required element is missing from the invoice.'],
  invalid_value: ['Et felt i fakturaen har en ugyldig værdi.', 'A field in the invoice has an invalid value.'],
  empty: ['Filen er tom.', 'The file is empty.'],
  no_organisation: [
    'Fakturaens modtager (EAN- eller CVR-nummer) er ikke en organisation, du kan modtage fakturaer for.',
    'The invoice’s buyer (EAN or CVR number) is not an organisation you can receive invoices for.',
  ],
};

/** The message shown for a refused file: what is wrong, where (line) and the parser's detail. */
export function intakeMessage(problem: IntakeProblem, locale: Locale): string {
  const [da, en] = MESSAGES[problem.code];
  const where = problem.line ? (locale === 'en' ? ` (line ${problem.line})` : ` (linje ${problem.line})`) : '';
  // The parser's detail names the element or byte in English, as XML tools do; it is marked as technical.
  const detail = problem.detail ? ` ${locale === 'en' ? 'Technical detail' : 'Teknisk detalje'}: ${problem.detail}` : '';
  return `${(locale === 'en' ? en : da).replace(/\.$/, '')}${where}.${detail}`;
}
