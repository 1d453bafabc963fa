import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as the application sees it, in camelCase (Kysely's CamelCasePlugin maps to the
 * snake_case columns). Both dialects return the same JS types: ids, calendar dates and instants as
 * strings (ISO 8601), flags as 0/1 integers, JSON columns as text that the repository parses.
 */
export interface Database {
  organisations: OrganisationTable;
  units: UnitTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  setupTokens: SetupTokenTable;
  loginFailures: LoginFailureTable;
  auditEvents: AuditEventTable;
  optionValues: OptionValueTable;
  suppliers: SupplierTable;
  supplierContacts: SupplierContactTable;
}

export type OrganisationKind = 'kommune' | 'fællesskab' | 'anden';

export interface OrganisationTable {
  id: string;
  kind: OrganisationKind;
  name: string;
  municipalityCode: string | null;
  cvr: string | null;
  region: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UnitTable {
  id: string;
  organisationId: string;
  parentId: string | null;
  name: string;
  /** GLN ("EAN-nummer") on which the unit receives e-invoices. */
  ean: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  isSystemAdmin: number;
  locale: 'da' | 'en';
  passwordChangedAt: string | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
}

export interface MembershipTable {
  id: string;
  organisationId: string;
  userId: string;
  role: 'administrator' | 'redaktør' | 'læser';
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie value; the cookie value itself is never stored. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface ApiTokenTable {
  id: string;
  organisationId: string;
  userId: string;
  name: string;
  scope: 'read' | 'read-write';
  tokenHash: string;
  tokenPrefix: string;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface SetupTokenTable {
  id: string;
  tokenHash: string;
  purpose: 'bootstrap' | 'invitation';
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  email: string;
  occurredAt: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  /** Null only for events outside any organisation (a person's account, system settings). */
  organisationId: string | null;
  occurredAt: string;
  actorType: 'user' | 'token' | 'system';
  actorUserId: string | null;
  actorTokenId: string | null;
  actorName: string;
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  changes: ColumnType<string, string, never>;
  requestId: string | null;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type Unit = Selectable<UnitTable>;
export type User = Selectable<UserTable>;
export type Membership = Selectable<MembershipTable>;
export type ApiToken = Selectable<ApiTokenTable>;
export type AuditEvent = Selectable<AuditEventTable>;
export type UserUpdate = Updateable<UserTable>;

/** An organisation's own change to an option list: a renamed or disabled default, or an added value. */
export interface OptionValueTable {
  id: string;
  organisationId: string;
  list: string;
  key: string;
  /** Null keeps the default label. */
  label: string | null;
  disabled: number;
  custom: number;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface SupplierTable {
  id: string;
  organisationId: string;
  name: string;
  country: string;
  cvr: string | null;
  foreignId: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  /** Key in the organisation's supplier_classification list. */
  classification: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupplierContactTable {
  id: string;
  organisationId: string;
  supplierId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export type OptionValueRow = Selectable<OptionValueTable>;
export type Supplier = Selectable<SupplierTable>;
export type SupplierContact = Selectable<SupplierContactTable>;
