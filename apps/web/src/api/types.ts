/** Shorthands for API types used across the web app; all come from the shared schemas in @overblik/api. */
export type {
  ApiTokenList,
  CreateUserResponse,
  MemberList,
  OrganisationList,
  Role as RoleName,
  UnitList,
  UserList,
} from '@overblik/api';
