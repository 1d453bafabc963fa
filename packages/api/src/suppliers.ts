import { SUPPLIER_FIELDS } from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Email, ImportError, Instant, Literals, Name, Nullable, Uuid } from './common.js';
import { SupplierCommitment } from './contracts.js';
import { requestSchemas, responseSchemas } from './fields.js';
import { OptionKey } from './option-lists.js';

const Text = (maxLength: number) => Type.String({ maxLength });

export const Contact = Type.Object({
  id: Uuid,
  supplierId: Uuid,
  name: Type.String(),
  role: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Contact = Static<typeof Contact>;

export const Supplier = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  country: Type.String({ description: 'ISO 3166-1 alpha-2; DK for Danish suppliers' }),
  cvr: Nullable(Type.String({ description: 'Danish CVR number (country DK), modulus-11 checked' })),
  ...responseSchemas(SUPPLIER_FIELDS),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Supplier = Static<typeof Supplier>;

export const SupplierWithContacts = Type.Object({
  ...Supplier.properties,
  contacts: Type.Array(Contact),
  commitment: SupplierCommitment,
});
export type SupplierWithContacts = Static<typeof SupplierWithContacts>;

export const SupplierPage = Type.Object({
  items: Type.Array(Supplier),
  total: Type.Integer({ description: 'Number of suppliers matching the filter' }),
});
export type SupplierPage = Static<typeof SupplierPage>;

export const SupplierSort = Type.Union([
  Type.Literal('name'),
  Type.Literal('-name'),
  Type.Literal('cvr'),
  Type.Literal('-cvr'),
  Type.Literal('updatedAt'),
  Type.Literal('-updatedAt'),
]);

export type SupplierSort = Static<typeof SupplierSort>;

export const SupplierQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, or the CVR number or foreign id' })),
    classification: Type.Optional(OptionKey),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    changedSince: Type.Optional(Instant),
    sort: Type.Optional(SupplierSort),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type SupplierQuery = Static<typeof SupplierQuery>;

/** The supplier's own fields, shared by create and update requests (all optional here). */
const supplierFields = {
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'Default DK' })),
  cvr: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  ...requestSchemas(SUPPLIER_FIELDS),
};

export const CreateSupplierRequest = Type.Object({ name: Name, ...supplierFields }, { additionalProperties: false });
export type CreateSupplierRequest = Static<typeof CreateSupplierRequest>;

export const UpdateSupplierRequest = Type.Object(
  { name: Type.Optional(Name), ...supplierFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSupplierRequest = Static<typeof UpdateSupplierRequest>;

export const SupplierParams = Type.Object({ organisationId: Uuid, supplierId: Uuid }, { additionalProperties: false });

const contactFields = {
  role: Type.Optional(Nullable(Text(100))),
  email: Type.Optional(Nullable(Email)),
  phone: Type.Optional(Nullable(Text(40))),
};
export const CreateContactRequest = Type.Object({ name: Name, ...contactFields }, { additionalProperties: false });
export type CreateContactRequest = Static<typeof CreateContactRequest>;
export const UpdateContactRequest = Type.Object(
  { name: Type.Optional(Name), ...contactFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateContactRequest = Static<typeof UpdateContactRequest>;
export const ContactParams = Type.Object(
  { organisationId: Uuid, supplierId: Uuid, contactId: Uuid },
  { additionalProperties: false },
);

export const ImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Check and plan only; write nothing' })) },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuery>;

/** The contract import's query: a dry run, and whether units the file names but the organisation lacks are created. */
export const ContractImportQuery = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Check and plan only; write nothing' })),
    createMissingUnits: Type.Optional(
      Type.Boolean({
        default: false,
        description:
          'Create the units named in the column Ansvarlig enhed that the organisation does not have, at the top of its unit tree, in the same all-or-nothing import (administrators only). Without it each such cell is an error.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ContractImportQuery = Static<typeof ContractImportQuery>;

/** What an imported row makes or changes (a contract row may also create the supplier it names). */
export const IMPORT_ROW_KINDS = ['contract', 'price_element', 'supplier'] as const;
export const ImportRow = Type.Object({
  sheet: Type.String(),
  row: Type.Integer(),
  kind: Literals(IMPORT_ROW_KINDS),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('unchanged')]),
  name: Type.String(),
  id: Nullable(Uuid),
  changedFields: Type.Array(Type.String()),
});
export type ImportRow = Static<typeof ImportRow>;

export const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  applied: Type.Boolean({ description: 'true when the import was written (all rows, in one transaction)' }),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rows: Type.Array(ImportRow),
  errors: Type.Array(ImportError),
  missingUnits: Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String({ description: 'The unit as the file names it' }),
        sheet: Type.String(),
        rows: Type.Array(Type.Integer(), { description: 'The rows that name it' }),
        created: Type.Boolean({ description: 'The import creates it (createMissingUnits), or has created it' }),
        id: Nullable(Uuid),
      }),
      {
        description:
          'Units the contract sheet names that the organisation does not have (contract import only); with createMissingUnits they are created at the top of the unit tree',
      },
    ),
  ),
  ignoredColumns: Type.Optional(
    Type.Array(Type.Object({ sheet: Type.String(), column: Type.String() }), {
      description: 'Headings the import does not know and has left out (check for a misspelt column)',
    }),
  ),
});
export type ImportReport = Static<typeof ImportReport>;

export const ExportQuery = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })) },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;
