import type { Fields, PlainFieldName } from './fields.js';

/**
 * The supplier register's fields, in the order of the spreadsheet's columns (docs/architecture.md, "A field is
 * declared once"). The name, the CVR number (checked by modulus 11, `supplier-identity.ts`) and the country are
 * custom: their rules are written where they are used.
 */
export const SUPPLIER_FIELDS = {
  name: {
    kind: 'custom',
    label: { da: 'Navn', en: 'Name' },
    searched: true,
    column: { heading: 'Navn', aliases: ['name', 'leverandør', 'leverandørnavn'], width: 32, guide: 'Påkrævet.', required: true },
  },
  cvr: {
    kind: 'custom',
    label: { da: 'CVR-nummer', en: 'CVR number' },
    searched: true,
    column: {
      heading: 'CVR-nummer',
      aliases: ['cvr', 'cvr-nr', 'cvr nr', 'cvrnummer'],
      width: 14,
      guide:
        'Påkrævet for danske leverandører; 8 cifre, modulus 11-kontrolleret. Genimport opdaterer leverandøren med samme CVR-nummer.',
    },
  },
  country: {
    kind: 'custom',
    label: { da: 'Land', en: 'Country' },
    column: { heading: 'Land', aliases: ['country', 'landekode'], width: 8, guide: 'Landekode, fx DK, SE, DE. Tom betyder DK.' },
  },
  foreignId: {
    kind: 'text',
    max: 50,
    label: { da: 'Udenlandsk id', en: 'Foreign id' },
    description: 'Registration or VAT id of a foreign supplier',
    searched: true,
    column: {
      heading: 'Udenlandsk id',
      aliases: ['foreign id', 'momsnummer', 'vat'],
      width: 18,
      guide: 'Kun for udenlandske leverandører, fx momsnummer.',
    },
  },
  street: {
    kind: 'text',
    max: 200,
    label: { da: 'Adresse', en: 'Address' },
    column: { heading: 'Adresse', aliases: ['vej', 'address', 'street'], width: 28 },
  },
  postalCode: {
    kind: 'text',
    max: 20,
    label: { da: 'Postnummer', en: 'Postal code' },
    column: { heading: 'Postnummer', aliases: ['postnr', 'postal code'], width: 11 },
  },
  city: {
    kind: 'text',
    max: 100,
    label: { da: 'By', en: 'City' },
    searched: true,
    column: { heading: 'By', aliases: ['city', 'postdistrikt'], width: 18 },
  },
  classification: {
    kind: 'option',
    list: 'supplier_classification',
    label: { da: 'Klassifikation', en: 'Classification' },
    column: { heading: 'Klassifikation', aliases: ['classification', 'segment'], width: 18 },
  },
  notes: {
    kind: 'text',
    max: 10_000,
    label: { da: 'Noter', en: 'Notes' },
    searched: true,
    column: { heading: 'Noter', aliases: ['notes', 'bemærkninger'], width: 40 },
  },
} as const satisfies Fields;

export type SupplierFields = typeof SUPPLIER_FIELDS;
/** The supplier's fields that are stored, sent, read and written by their kind alone. */
export type SupplierPlainField = PlainFieldName<SupplierFields>;
