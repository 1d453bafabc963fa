import Type, { type Static } from 'typebox';
import { Instant, Name, Nullable, TokenScope, Uuid } from './common.js';

export const ApiToken = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  userId: Uuid,
  name: Type.String(),
  scope: TokenScope,
  tokenPrefix: Type.String({ description: 'The first characters of the token, to recognise it' }),
  createdAt: Instant,
  lastUsedAt: Nullable(Instant),
  expiresAt: Nullable(Instant),
  revokedAt: Nullable(Instant),
});
export type ApiToken = Static<typeof ApiToken>;

export const ApiTokenList = Type.Object({ items: Type.Array(ApiToken) });
export type ApiTokenList = Static<typeof ApiTokenList>;

export const TokenQuery = Type.Object({ organisationId: Type.Optional(Uuid) }, { additionalProperties: false });

export const CreateTokenRequest = Type.Object(
  { organisationId: Uuid, name: Name, scope: TokenScope, expiresAt: Type.Optional(Nullable(Instant)) },
  { additionalProperties: false },
);
export type CreateTokenRequest = Static<typeof CreateTokenRequest>;

export const CreateTokenResponse = Type.Object({
  token: Type.String({ description: 'The secret, shown this once; only its hash is stored' }),
  apiToken: ApiToken,
});
export type CreateTokenResponse = Static<typeof CreateTokenResponse>;

export const TokenParams = Type.Object({ tokenId: Uuid }, { additionalProperties: false });
