import { PRICE_RECURRENCES, type PriceRecurrence } from '../invoices/control-types.js';
import { enumGuide } from './contract-fields.js';
import type { EnumLabels, Fields, PlainFieldName } from './fields.js';

export const RECURRENCE_LABELS: EnumLabels<PriceRecurrence> = {
  one_off: { da: 'Engangsbeløb', en: 'One-off', also: ['engang', 'engangsbetaling', 'once'] },
  monthly: { da: 'Månedlig', en: 'Monthly', also: ['pr. måned', 'måned'] },
  quarterly: { da: 'Kvartalsvis', en: 'Quarterly', also: ['pr. kvartal', 'kvartal'] },
  half_yearly: { da: 'Halvårlig', en: 'Half-yearly', also: ['pr. halvår', 'halvår'] },
  yearly: { da: 'Årlig', en: 'Yearly', also: ['pr. år', 'år', 'annual'] },
};

/**
 * A contract's price elements' fields, in the order of the spreadsheet's columns (sheet Priselementer;
 * docs/architecture.md, "A field is declared once"). The contract a row belongs to, the name and unit price
 * (both required), the unit code (read from words such as "timer") and the paying units (named by unit name)
 * are custom: their rules are written where they are used.
 */
export const PRICE_ELEMENT_FIELDS = {
  contractNumber: {
    kind: 'custom',
    label: { da: 'Kontraktnummer', en: 'Contract number' },
    column: {
      heading: 'Kontraktnummer',
      aliases: ['kontraktnr', 'kontrakt nr', 'kontrakt', 'contract number'],
      guide: 'Påkrævet. Kontrakten priselementet hører til (i registret eller på arket Kontrakter).',
      required: true,
      width: 16,
    },
  },
  number: {
    kind: 'text',
    max: 50,
    label: { da: 'Nummer', en: 'Number' },
    description: 'The number the supplier puts first on the invoice line',
    searched: true,
    column: {
      heading: 'Nummer',
      aliases: ['nr', 'varenummer', 'linjenummer', 'priselementnummer', 'number'],
      guide:
        'Det nummer, leverandøren skriver på fakturalinjen. Genimport opdaterer priselementet med samme nummer (uden nummer: samme navn).',
      width: 10,
    },
  },
  name: {
    kind: 'custom',
    label: { da: 'Navn', en: 'Name' },
    searched: true,
    column: {
      heading: 'Navn',
      aliases: ['priselement', 'ydelse', 'vare', 'varenavn', 'name'],
      guide: 'Påkrævet (højst 200 tegn).',
      required: true,
      width: 30,
    },
  },
  unitCode: {
    kind: 'custom',
    label: { da: 'Enhed', en: 'Unit' },
    column: {
      heading: 'Enhed',
      aliases: ['enhedskode', 'måleenhed', 'unit', 'unit code'],
      guide: 'UN/ECE-enhedskode, fx EA (stk.), HUR (time), DAY, MON (måned), ANN (år). Tom betyder EA.',
      width: 8,
    },
  },
  unitPrice: {
    kind: 'custom',
    label: { da: 'Enhedspris', en: 'Unit price' },
    column: {
      heading: 'Enhedspris',
      aliases: ['pris', 'stykpris', 'pris pr enhed', 'pris pr. enhed', 'unit price'],
      guide: 'Påkrævet. Pris i kroner, højst 6 decimaler: 1.234,50 eller et tal.',
      required: true,
      cell: 'decimal',
      width: 14,
    },
  },
  quantity: {
    kind: 'decimal',
    label: { da: 'Antal', en: 'Quantity' },
    column: { heading: 'Antal', aliases: ['mængde', 'quantity', 'antal enheder'], guide: 'Tal, valgfrit.', width: 10 },
  },
  recurrence: {
    kind: 'enum',
    values: PRICE_RECURRENCES,
    labels: RECURRENCE_LABELS,
    default: 'one_off',
    label: { da: 'Gentagelse', en: 'Recurrence' },
    description: 'one_off, or the period a recurring price covers',
    column: {
      heading: 'Gentagelse',
      aliases: ['frekvens', 'periode', 'betales', 'recurrence', 'hyppighed'],
      guide: `En af: ${enumGuide(RECURRENCE_LABELS)}. Tom betyder Engangsbeløb.`,
      width: 14,
    },
  },
  validFrom: {
    kind: 'date',
    label: { da: 'Gyldig fra', en: 'Valid from' },
    column: { heading: 'Gyldig fra', aliases: ['fra', 'valid from', 'fra dato'], width: 12 },
  },
  validTo: {
    kind: 'date',
    label: { da: 'Gyldig til', en: 'Valid to' },
    column: { heading: 'Gyldig til', aliases: ['til', 'valid to', 'til dato'], width: 12 },
  },
  payingUnitIds: {
    kind: 'custom',
    label: { da: 'Betalende enheder', en: 'Paying units' },
    column: {
      heading: 'Betalende enheder',
      aliases: ['betalende enhed', 'betaler', 'paying units', 'omkostningssted'],
      guide: 'Navne på enheder i organisationen, adskilt af semikolon.',
      width: 24,
    },
  },
  accountCoding: {
    kind: 'text',
    max: 200,
    label: { da: 'Kontering', en: 'Account coding' },
    searched: true,
    column: {
      heading: 'Kontering',
      aliases: ['konto', 'kontostreng', 'account coding'],
      guide: 'Fx art og omkostningssted (højst 200 tegn).',
      width: 18,
    },
  },
  notes: {
    kind: 'text',
    max: 5000,
    label: { da: 'Noter', en: 'Notes' },
    searched: true,
    column: { heading: 'Noter', aliases: ['bemærkninger', 'notes'], width: 30 },
  },
} as const satisfies Fields;

export type PriceElementFields = typeof PRICE_ELEMENT_FIELDS;
/** The price element's fields that are stored, sent, read and written by their kind alone. */
export type PriceElementPlainField = PlainFieldName<PriceElementFields>;
