import Type, { type Static } from 'typebox';
import { Instant, Name, Nullable, OrganisationKind, Uuid } from './common.js';

const Cvr = Type.String({ pattern: '^[0-9]{8}$', description: 'Danish CVR number, modulus-11 checked' });
const Gln = Type.String({
  pattern: '^[0-9]{13}$',
  description: 'GLN ("EAN-nummer") receiving e-invoices, GS1 check digit checked',
});

export const Organisation = Type.Object({
  id: Uuid,
  kind: OrganisationKind,
  name: Type.String(),
  municipalityCode: Nullable(Type.String()),
  cvr: Nullable(Type.String()),
  region: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Organisation = Static<typeof Organisation>;

export const OrganisationList = Type.Object({ items: Type.Array(Organisation) });
export type OrganisationList = Static<typeof OrganisationList>;

export const OrganisationQuery = Type.Object(
  { kind: Type.Optional(OrganisationKind), q: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

export const CreateOrganisationRequest = Type.Object(
  {
    kind: Type.Union([Type.Literal('fællesskab'), Type.Literal('anden')], {
      description: 'Municipalities are present from the start; new organisations are joint organisations or others',
    }),
    name: Name,
    cvr: Type.Optional(Nullable(Cvr)),
    region: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false },
);
export type CreateOrganisationRequest = Static<typeof CreateOrganisationRequest>;

export const UpdateOrganisationRequest = Type.Object(
  {
    name: Type.Optional(Name),
    cvr: Type.Optional(Nullable(Cvr)),
    region: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOrganisationRequest = Static<typeof UpdateOrganisationRequest>;

export const Unit = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  parentId: Nullable(Uuid),
  name: Type.String(),
  ean: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Unit = Static<typeof Unit>;

export const UnitList = Type.Object({ items: Type.Array(Unit) });
export type UnitList = Static<typeof UnitList>;

export const CreateUnitRequest = Type.Object(
  { name: Name, parentId: Type.Optional(Nullable(Uuid)), ean: Type.Optional(Nullable(Gln)) },
  { additionalProperties: false },
);
export type CreateUnitRequest = Static<typeof CreateUnitRequest>;

export const UpdateUnitRequest = Type.Object(
  { name: Type.Optional(Name), parentId: Type.Optional(Nullable(Uuid)), ean: Type.Optional(Nullable(Gln)) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUnitRequest = Static<typeof UpdateUnitRequest>;

export const UnitParams = Type.Object({ organisationId: Uuid, unitId: Uuid }, { additionalProperties: false });
