import Type, { type Static } from 'typebox';
import { Instant, Name, Nullable, Uuid } from './common.js';
import { OptionKey } from './option-lists.js';
import { CalendarDate } from './values.js';

/** Supplier management (issue 18): governance bodies, collaboration organisations, central roles, who does what. */

const Text = (maxLength: number) => Type.String({ maxLength });
const Lines = Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 50 });
const Meetings = Type.Integer({ minimum: 0, maximum: 365 });
const RoleText = Nullable(Text(100));

export const NamedRef = Type.Object({ id: Uuid, name: Type.String() });

export const GovernanceBodyMember = Type.Object({
  id: Uuid,
  bodyId: Uuid,
  userId: Uuid,
  name: Type.String({ description: "The person's name" }),
  role: Nullable(Type.String({ description: 'The role the person has in the body, in words' })),
  createdAt: Instant,
  updatedAt: Instant,
});
export type GovernanceBodyMember = Static<typeof GovernanceBodyMember>;

export const GovernanceBody = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  key: Nullable(Type.String({ description: "The Drejebog body it was created from; null for the organisation's own" })),
  name: Type.String(),
  purpose: Nullable(Type.String()),
  meetingsMin: Nullable(Type.Integer({ description: 'Fewest meetings a year' })),
  meetingsMax: Nullable(Type.Integer({ description: 'Most meetings a year; both null: as needed' })),
  participantRoles: Type.Array(OptionKey, { description: 'Grundmodel roles (responsibility_role) expected as participants' }),
  inputs: Type.Array(Type.String()),
  outputs: Type.Array(Type.String()),
  responsibilities: Type.Array(Type.String()),
  escalatesToId: Nullable(Uuid),
  escalatesToText: Nullable(Type.String({ description: 'A recipient outside the register, e.g. Kommunaldirektør' })),
  escalationFrom: Type.Array(NamedRef, { description: 'The bodies that escalate to this one (derived)' }),
  members: Type.Array(GovernanceBodyMember),
  createdAt: Instant,
  updatedAt: Instant,
});
export type GovernanceBody = Static<typeof GovernanceBody>;

export const GovernanceBodyList = Type.Object({ items: Type.Array(GovernanceBody) });
export type GovernanceBodyList = Static<typeof GovernanceBodyList>;

export const DrejebogBodiesResult = Type.Object({
  created: Type.Integer({ description: 'How many bodies were created (those that existed by key are left as they are)' }),
  items: Type.Array(GovernanceBody),
});
export type DrejebogBodiesResult = Static<typeof DrejebogBodiesResult>;

const bodyFields = {
  purpose: Type.Optional(Nullable(Text(4000))),
  meetingsMin: Type.Optional(Nullable(Meetings)),
  meetingsMax: Type.Optional(Nullable(Meetings)),
  participantRoles: Type.Optional(Type.Array(OptionKey, { maxItems: 50 })),
  inputs: Type.Optional(Lines),
  outputs: Type.Optional(Lines),
  responsibilities: Type.Optional(Lines),
  escalatesToId: Type.Optional(Nullable(Uuid)),
  escalatesToText: Type.Optional(Nullable(Text(200))),
};
export const CreateGovernanceBodyRequest = Type.Object({ name: Name, ...bodyFields }, { additionalProperties: false });
export type CreateGovernanceBodyRequest = Static<typeof CreateGovernanceBodyRequest>;
export const UpdateGovernanceBodyRequest = Type.Object(
  { name: Type.Optional(Name), ...bodyFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateGovernanceBodyRequest = Static<typeof UpdateGovernanceBodyRequest>;
export const GovernanceBodyParams = Type.Object({ organisationId: Uuid, bodyId: Uuid }, { additionalProperties: false });

export const AddBodyMemberRequest = Type.Object({ userId: Uuid, role: Type.Optional(RoleText) }, { additionalProperties: false });
export type AddBodyMemberRequest = Static<typeof AddBodyMemberRequest>;
export const UpdateBodyMemberRequest = Type.Object({ role: RoleText }, { additionalProperties: false });
export type UpdateBodyMemberRequest = Static<typeof UpdateBodyMemberRequest>;
export const BodyMemberParams = Type.Object(
  { organisationId: Uuid, bodyId: Uuid, bodyMemberId: Uuid },
  { additionalProperties: false },
);

export const CollaborationParticipant = Type.Object({
  id: Uuid,
  levelId: Uuid,
  side: Type.Union([Type.Literal('ours'), Type.Literal('theirs')], {
    description: 'ours: a member of the organisation (userId); theirs: a contact of the supplier (contactId)',
  }),
  userId: Nullable(Uuid),
  contactId: Nullable(Uuid),
  name: Type.String(),
  email: Nullable(Type.String()),
  role: Nullable(Type.String()),
});
export type CollaborationParticipant = Static<typeof CollaborationParticipant>;

export const CollaborationLevel = Type.Object({
  id: Uuid,
  supplierId: Uuid,
  contractId: Nullable(Uuid),
  position: Type.Integer({ description: '0 is the top level' }),
  name: Type.String(),
  forum: Nullable(Type.String({ description: 'The forum that meets at this level' })),
  meetingsPerYear: Nullable(Type.Integer()),
  escalationDays: Nullable(
    Type.Integer({ description: 'Calendar days to escalate an unresolved issue one level up (from the top: to the body)' }),
  ),
  escalationBodyId: Nullable(Uuid),
  escalationBodyName: Nullable(Type.String()),
  participants: Type.Array(CollaborationParticipant),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CollaborationLevel = Static<typeof CollaborationLevel>;

export const CollaborationOrganisation = Type.Object({
  supplierId: Uuid,
  contractId: Nullable(Uuid),
  levels: Type.Array(CollaborationLevel),
  contractsWithOwn: Type.Array(NamedRef, {
    description: 'Contracts of the supplier that have a collaboration organisation of their own',
  }),
});
export type CollaborationOrganisation = Static<typeof CollaborationOrganisation>;

export const CollaborationQuery = Type.Object({ contractId: Type.Optional(Uuid) }, { additionalProperties: false });
export type CollaborationQuery = Static<typeof CollaborationQuery>;

export const DefaultLevelsRequest = Type.Object({ contractId: Type.Optional(Nullable(Uuid)) }, { additionalProperties: false });
export type DefaultLevelsRequest = Static<typeof DefaultLevelsRequest>;

const levelFields = {
  forum: Type.Optional(Nullable(Text(200))),
  meetingsPerYear: Type.Optional(Nullable(Meetings)),
  escalationDays: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 365 }))),
  escalationBodyId: Type.Optional(Nullable(Uuid)),
};
export const CreateLevelRequest = Type.Object(
  { name: Name, contractId: Type.Optional(Nullable(Uuid)), ...levelFields },
  { additionalProperties: false },
);
export type CreateLevelRequest = Static<typeof CreateLevelRequest>;
export const UpdateLevelRequest = Type.Object(
  { name: Type.Optional(Name), position: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })), ...levelFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateLevelRequest = Static<typeof UpdateLevelRequest>;
export const LevelParams = Type.Object(
  { organisationId: Uuid, supplierId: Uuid, levelId: Uuid },
  { additionalProperties: false },
);

export const AddParticipantRequest = Type.Object(
  {
    userId: Type.Optional(Uuid),
    contactId: Type.Optional(Uuid),
    role: Type.Optional(RoleText),
  },
  { additionalProperties: false, description: 'Exactly one of userId (a member) and contactId (a contact of the supplier)' },
);
export type AddParticipantRequest = Static<typeof AddParticipantRequest>;
export const UpdateParticipantRequest = Type.Object({ role: RoleText }, { additionalProperties: false });
export type UpdateParticipantRequest = Static<typeof UpdateParticipantRequest>;
export const ParticipantParams = Type.Object(
  { organisationId: Uuid, supplierId: Uuid, levelId: Uuid, participantId: Uuid },
  { additionalProperties: false },
);

export const CentralRole = Type.Object({
  id: Uuid,
  role: OptionKey,
  userId: Uuid,
  name: Type.String({ description: "The person's name" }),
  unitId: Nullable(Uuid),
  unitName: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CentralRole = Static<typeof CentralRole>;
export const CentralRoleList = Type.Object({ items: Type.Array(CentralRole) });
export type CentralRoleList = Static<typeof CentralRoleList>;
export const CreateCentralRoleRequest = Type.Object(
  { role: OptionKey, userId: Uuid, unitId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false },
);
export type CreateCentralRoleRequest = Static<typeof CreateCentralRoleRequest>;
export const UpdateCentralRoleRequest = Type.Object(
  { role: Type.Optional(OptionKey), userId: Type.Optional(Uuid), unitId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCentralRoleRequest = Static<typeof UpdateCentralRoleRequest>;
export const CentralRoleParams = Type.Object({ organisationId: Uuid, centralRoleId: Uuid }, { additionalProperties: false });

export const PersonDuties = Type.Object({
  userId: Uuid,
  name: Type.String(),
  email: Type.String(),
  centralRoles: Type.Array(Type.Object({ id: Uuid, role: OptionKey, unitId: Nullable(Uuid), unitName: Nullable(Type.String()) })),
  contractRoles: Type.Array(
    Type.Object({
      role: OptionKey,
      contractId: Uuid,
      contractNumber: Type.String(),
      contractName: Type.String(),
      supplierId: Nullable(Uuid),
      supplierName: Nullable(Type.String()),
    }),
  ),
  suppliers: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      via: Type.Array(Type.Union([Type.Literal('contract'), Type.Literal('collaboration')])),
    }),
  ),
  governanceBodies: Type.Array(Type.Object({ id: Uuid, name: Type.String(), role: Nullable(Type.String()) })),
  openActivities: Type.Array(
    Type.Object({
      id: Uuid,
      type: Type.String(),
      title: Nullable(Type.String()),
      dueOn: CalendarDate,
      contractId: Nullable(Uuid),
      supplierId: Nullable(Uuid),
    }),
  ),
});
export type PersonDuties = Static<typeof PersonDuties>;

export const WhoDoesWhat = Type.Object({ items: Type.Array(PersonDuties) });
export type WhoDoesWhat = Static<typeof WhoDoesWhat>;

const whoFilters = {
  userId: Type.Optional(Uuid),
  role: Type.Optional(OptionKey),
};
export const WhoDoesWhatQuery = Type.Object(whoFilters, { additionalProperties: false });
export type WhoDoesWhatQuery = Static<typeof WhoDoesWhatQuery>;
export const WhoDoesWhatExportQuery = Type.Object(
  { ...whoFilters, format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })) },
  { additionalProperties: false },
);
export type WhoDoesWhatExportQuery = Static<typeof WhoDoesWhatExportQuery>;
