import Type, { type Static } from 'typebox';
import { Email, Instant, Locale, Name, Nullable, OrganisationKind, Role, TokenScope, Uuid } from './common.js';

export const Password = Type.String({ minLength: 1, maxLength: 1024 });

export const LoginRequest = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export type LoginRequest = Static<typeof LoginRequest>;

export const ReminderDelivery = Type.Union([Type.Literal('single'), Type.Literal('digest')], {
  description: 'Reminder e-mails one at a time, or gathered in one mail each morning',
});

export const CurrentUser = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  locale: Locale,
  isSystemAdmin: Type.Boolean(),
  reminderDelivery: ReminderDelivery,
});

export const MembershipSummary = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  organisationKind: OrganisationKind,
  role: Role,
});
export type MembershipSummary = Static<typeof MembershipSummary>;

export const Me = Type.Object({
  user: CurrentUser,
  memberships: Type.Array(MembershipSummary),
  authentication: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  csrfToken: Nullable(Type.String({ description: 'Send as the x-csrf-token header on cookie-authenticated writes' })),
  token: Nullable(Type.Object({ id: Uuid, organisationId: Uuid, scope: TokenScope })),
});
export type Me = Static<typeof Me>;

export const UpdateMeRequest = Type.Object(
  { name: Type.Optional(Name), locale: Type.Optional(Locale), reminderDelivery: Type.Optional(ReminderDelivery) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMeRequest = Static<typeof UpdateMeRequest>;

export const ChangePasswordRequest = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordRequest = Static<typeof ChangePasswordRequest>;

export const SetupTokenQuery = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const SetupInfo = Type.Object({
  purpose: Type.Union([Type.Literal('bootstrap'), Type.Literal('invitation'), Type.Literal('password_reset')], {
    description:
      'bootstrap: the first system administrator chooses e-mail, name and password; invitation: an invited person sets a password; password_reset: a person who forgot their password chooses a new one (their other sessions end)',
  }),
  email: Nullable(Type.String()),
  name: Nullable(Type.String()),
  expiresAt: Instant,
  municipalities: Type.Optional(
    Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), {
      description: 'bootstrap: the municipalities the first administrator may choose as their own organisation',
    }),
  ),
  invitation: Nullable(
    Type.Object(
      {
        id: Uuid,
        organisationId: Uuid,
        organisationName: Type.String(),
        role: Role,
        invitedBy: Type.String(),
        account: Type.Union([Type.Literal('new'), Type.Literal('existing')], {
          description:
            'new: the address has no password yet, and the person chooses name and password here (POST /auth/setup); existing: the person logs in and accepts (POST /me/invitations/{id}/accept)',
        }),
      },
      { description: "An organisation's invitation of the address; null for the other links" },
    ),
  ),
});
export type SetupInfo = Static<typeof SetupInfo>;

export const CompleteSetupRequest = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    password: Password,
    email: Type.Optional(Email),
    name: Type.Optional(Name),
    organisation: Type.Optional(
      Type.Union(
        [
          Type.Object({ municipalityCode: Type.String({ pattern: '^[0-9]{3}$' }) }, { additionalProperties: false }),
          Type.Object({ jointName: Name }, { additionalProperties: false }),
        ],
        {
          description:
            "bootstrap only: the first administrator's own organisation, a municipality by its code or a joint organisation (fællesskab) by name, created if it does not exist; they become its administrator. Left out: a member of none (an operator of the installation for others).",
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type CompleteSetupRequest = Static<typeof CompleteSetupRequest>;

export const PasswordResetRequest = Type.Object(
  { email: Email },
  {
    additionalProperties: false,
    description:
      'Mails a one-time link to choose a new password to the address, if it belongs to a person; the answer is the same either way',
  },
);
export type PasswordResetRequest = Static<typeof PasswordResetRequest>;

export const CsrfToken = Type.Object({ csrfToken: Type.String() });
