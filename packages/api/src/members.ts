import Type, { type Static } from 'typebox';
import { Email, Instant, Locale, Name, Nullable, Role, Uuid } from './common.js';

export const Member = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  userId: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: Role,
  hasPassword: Type.Boolean({ description: 'false until the invited person has set a password' }),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Member = Static<typeof Member>;

export const MemberList = Type.Object({ items: Type.Array(Member) });
export type MemberList = Static<typeof MemberList>;

export const AddMemberRequest = Type.Object(
  {
    email: Email,
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '\\S',
        description: 'A name to suggest should the address be new to Overblik; the person chooses their own on acceptance',
      }),
    ),
    role: Role,
  },
  { additionalProperties: false },
);
export type AddMemberRequest = Static<typeof AddMemberRequest>;

export const InvitationUrl = Nullable(
  Type.String({ description: 'One-time link with which a new person sets a password (valid 7 days); null for existing persons' }),
);

/**
 * An open invitation of an e-mail address into the organisation. It says nothing of the person behind the
 * address (whether one exists, or their name) until they accept and become a member.
 */
export const Invitation = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  email: Type.String({ description: 'The address as the administrator typed it (trimmed, lower case)' }),
  role: Role,
  invitedBy: Type.String({ description: 'Name of the person who sent the invitation, or last sent it again' }),
  createdAt: Instant,
  expiresAt: Instant,
  expired: Type.Boolean({ description: 'The link has expired; send the invitation again or withdraw it' }),
});
export type Invitation = Static<typeof Invitation>;

export const InvitationList = Type.Object({ items: Type.Array(Invitation) });
export type InvitationList = Static<typeof InvitationList>;

export const AddMemberResponse = Type.Object(
  { invitation: Invitation },
  { description: 'The same for every address: the person becomes a member when they accept the mailed link' },
);
export type AddMemberResponse = Static<typeof AddMemberResponse>;

export const InvitationParams = Type.Object({ organisationId: Uuid, invitationId: Uuid }, { additionalProperties: false });

/** An invitation addressed to the signed-in person's e-mail address. */
export const MyInvitation = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  role: Role,
  invitedBy: Type.String(),
  expiresAt: Instant,
});
export type MyInvitation = Static<typeof MyInvitation>;

export const MyInvitationList = Type.Object({ items: Type.Array(MyInvitation) });
export type MyInvitationList = Static<typeof MyInvitationList>;

export const MyInvitationParams = Type.Object({ invitationId: Uuid }, { additionalProperties: false });

export const UpdateMemberRequest = Type.Object({ role: Role }, { additionalProperties: false });
export type UpdateMemberRequest = Static<typeof UpdateMemberRequest>;

export const MemberParams = Type.Object({ organisationId: Uuid, memberId: Uuid }, { additionalProperties: false });

export const UserAccount = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  locale: Locale,
  isSystemAdmin: Type.Boolean(),
  hasPassword: Type.Boolean(),
  disabledAt: Nullable(Instant),
  createdAt: Instant,
});
export type UserAccount = Static<typeof UserAccount>;

export const UserList = Type.Object({ items: Type.Array(UserAccount) });
export type UserList = Static<typeof UserList>;

export const CreateUserRequest = Type.Object(
  { email: Email, name: Name, isSystemAdmin: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreateUserRequest = Static<typeof CreateUserRequest>;

export const CreateUserResponse = Type.Object({ user: UserAccount, invitationUrl: InvitationUrl });
export type CreateUserResponse = Static<typeof CreateUserResponse>;

export const UpdateUserRequest = Type.Object(
  {
    name: Type.Optional(Name),
    isSystemAdmin: Type.Optional(Type.Boolean()),
    disabled: Type.Optional(
      Type.Boolean({ description: "true ends the person's sessions and stops their API tokens; false enables again" }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserRequest = Static<typeof UpdateUserRequest>;

export const UserParams = Type.Object({ userId: Uuid }, { additionalProperties: false });
