import type {
  CalendarDate,
  ContractFields,
  ContractOptionFields,
  CostModelKind,
  Fields,
  MeetingStatus,
  ParticipantKind,
  PlainFieldName,
  PriceElementFields,
  Recurrence,
  ResponsibilityFields,
  StoredValue,
  SupplierFields,
  TermKind,
} from '@overblik/core';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as the application sees it, in camelCase (Kysely's CamelCasePlugin maps to the
 * snake_case columns). Both dialects return the same JS types: ids, calendar dates and instants as
 * strings (ISO 8601), flags as 0/1 integers, JSON columns as text that the repository parses. A date column
 * holds `YYYY-MM-DD`, so it is declared `CalendarDate`: the boundary where a row's string becomes a date.
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
  passwordResetRequests: PasswordResetRequestTable;
  auditEvents: AuditEventTable;
  optionValues: OptionValueTable;
  suppliers: SupplierTable;
  supplierContacts: SupplierContactTable;
  contracts: ContractTable;
  contractResponsibilities: ContractResponsibilityTable;
  priceElements: PriceElementTable;
  contractOptions: ContractOptionTable;
  userPreferences: UserPreferenceTable;
  documents: DocumentTable;
  documentVersions: DocumentVersionTable;
  searchEntries: SearchEntryTable;
  activities: ActivityTable;
  reminderSettings: ReminderSettingTable;
  procurementLeadTimes: ProcurementLeadTimeTable;
  reminders: ReminderTable;
  notifications: NotificationTable;
  mailOutbox: MailOutboxTable;
  secretLinks: SecretLinkTable;
  invoices: InvoiceTable;
  invoiceFiles: InvoiceFileTable;
  invoiceLines: InvoiceLineTable;
  invoiceOrderReferences: InvoiceOrderReferenceTable;
  priceElementItemIds: PriceElementItemIdTable;
  priceIndexValues: PriceIndexValueTable;
  costProjects: CostProjectTable;
  costProjectMembers: CostProjectMemberTable;
  populationImports: PopulationImportTable;
  populationFigures: PopulationFigureTable;
  invitations: InvitationTable;
  governanceBodies: GovernanceBodyTable;
  governanceBodyMembers: GovernanceBodyMemberTable;
  collaborationLevels: CollaborationLevelTable;
  collaborationParticipants: CollaborationParticipantTable;
  centralRoles: CentralRoleTable;
  supplierSegmentSettings: SupplierSegmentSettingsTable;
  supplierSegments: SupplierSegmentTable;
  meetings: MeetingTable;
  meetingParticipants: MeetingParticipantTable;
  meetingAgendaItems: MeetingAgendaItemTable;
  meetingDecisions: MeetingDecisionTable;
  meetingActions: MeetingActionTable;
  agendaTemplateItems: AgendaTemplateItemTable;
  escalations: EscalationTable;
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
  /** Reminder e-mails one at a time, or gathered in one mail a day. */
  reminderDelivery: Generated<'single' | 'digest'>;
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
  /** `password_reset`: a person's forgotten password (`userId`); the others are the first administrator's and invitations. */
  purpose: 'bootstrap' | 'invitation' | 'password_reset';
  userId: string | null;
  /** An organisation's invitation of an e-mail address (`invitations`); the link answers it. */
  invitationId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** An open invitation of an e-mail address into an organisation with a role (deleted when answered or withdrawn). */
export interface InvitationTable {
  id: string;
  organisationId: string;
  /** Normalised (trimmed, lower case), as the administrator typed it. */
  email: string;
  role: 'administrator' | 'redaktør' | 'læser';
  /** The name the administrator suggested for a person new to Overblik; they choose their own on acceptance. */
  name: string | null;
  /** Who sent the invitation, or last sent it again. */
  invitedByUserId: string;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
}

export type InvitationRow = Selectable<InvitationTable>;

export interface LoginFailureTable {
  id: Generated<number>;
  /** The e-mail address typed (normalised), whether or not a person has it. */
  email: string;
  /** Where the attempt came from (`loginSource`: IPv4 address or IPv6 /64); '' for rows from before 0011. */
  source: string;
  occurredAt: string;
}

/** A request for a password reset link, counted for its limits whether or not a person has the address. */
export interface PasswordResetRequestTable {
  id: Generated<number>;
  /** The e-mail address typed (normalised). */
  email: string;
  /** Where the request came from (`loginSource`). */
  source: string;
  requestedAt: string;
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
  /** The contract or supplier the changed object belongs to (a price element's contract), for its history. */
  contextId: string | null;
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

/** Money columns hold integer øre; both drivers return numbers, which the repository turns into bigint. */
type MoneyColumn = ColumnType<number | string | bigint, bigint, bigint>;
type NullableMoneyColumn = ColumnType<number | string | bigint | null, bigint | null, bigint | null>;

/** A register's plain fields as columns (packages/core `fields.ts`): money in øre, the rest as declared. */
type DeclaredColumns<F extends Fields> = {
  [N in PlainFieldName<F>]: F[N] extends { kind: 'money' } ? NullableMoneyColumn : StoredValue<F[N]>;
};

/** The supplier's plain fields (`SUPPLIER_FIELDS`), and the columns that are not plain fields. */
export interface SupplierTable extends DeclaredColumns<SupplierFields> {
  id: string;
  organisationId: string;
  name: string;
  country: string;
  cvr: string | null;
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
export type SupplierUpdate = Updateable<SupplierTable>;

/** The contract's plain fields (`CONTRACT_FIELDS`), and the columns that are not plain fields. */
export interface ContractTable extends DeclaredColumns<ContractFields> {
  id: string;
  organisationId: string;
  number: string;
  name: string;
  /** danishSortKeyOf(name), kept with the name so the list sorts in Danish order on an index. */
  nameSort: string;
  supplierId: string | null;
  parentId: string | null;
  /** JSON array of agreement_element keys. */
  agreementElements: string;
  /** JSON array of tags. */
  tags: string;
  responsibleUnitId: string | null;
  termKind: TermKind;
  termMonths: number | null;
  termEndsOn: CalendarDate | null;
  currency: string;
  priceIndexBaseMonth: string | null;
  priceRegulationDate: string | null;
  /** JSON array of {label, url}. */
  links: string;
  /** Derived (`contractDeadlines(…).finalEnd`): the last day if nothing more is done; null when it runs on. */
  endsOn: CalendarDate | null;
  /** Derived for the day `deadlinesOn` (contractDeadlines); recomputed when terms change and each day. */
  currentTermEnd: CalendarDate | null;
  latestNoticeDate: CalendarDate | null;
  earliestEnd: CalendarDate | null;
  nextOptionDeadline: CalendarDate | null;
  nextPriceRegulation: CalendarDate | null;
  deadlinesOn: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
}

/** The responsibility's role (`RESPONSIBILITY_FIELDS`: a key in the responsibility_role list), and its person. */
export interface ContractResponsibilityTable extends DeclaredColumns<ResponsibilityFields> {
  id: string;
  organisationId: string;
  contractId: string;
  userId: string;
  createdAt: string;
  updatedAt: string;
}

/** The price element's plain fields (`PRICE_ELEMENT_FIELDS`), and the columns that are not plain fields. */
export interface PriceElementTable extends DeclaredColumns<PriceElementFields> {
  id: string;
  organisationId: string;
  contractId: string;
  name: string;
  unitCode: string;
  /** Canonical decimal text (canonicalDecimal), exact. */
  unitPrice: string;
  /** JSON array of unit ids. */
  payingUnitIds: string;
  createdAt: string;
  updatedAt: string;
}

/** The option's fields (`CONTRACT_OPTION_FIELDS`), and the columns that are not its fields. */
export interface ContractOptionTable extends DeclaredColumns<ContractOptionFields> {
  id: string;
  organisationId: string;
  contractId: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserPreferenceTable {
  userId: string;
  key: string;
  /** JSON text. */
  value: string;
  updatedAt: string;
}

export type ContractRow = Selectable<ContractTable>;
export type NewContractRow = Insertable<ContractTable>;
export type ContractResponsibility = Selectable<ContractResponsibilityTable>;
export type PriceElementRow = Selectable<PriceElementTable>;
export type ContractOptionRow = Selectable<ContractOptionTable>;

export interface DocumentTable {
  id: string;
  organisationId: string;
  /** A document belongs to a contract or to a supplier (exactly one). */
  contractId: string | null;
  supplierId: string | null;
  title: string;
  kind: 'signed_original' | 'working_copy';
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentVersionTable {
  id: string;
  organisationId: string;
  documentId: string;
  /** The document's contract or supplier, so their history shows new versions. */
  contractId: string | null;
  supplierId: string | null;
  version: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the file: its name in the content-addressed file store. */
  sha256: string;
  /** text: searchable; no_text: no text layer (a scan or an image); unsupported/failed: not read. */
  textStatus: 'text' | 'no_text' | 'unsupported' | 'failed';
  textChars: number;
  /** The name of the person who uploaded it (also when through their API token). */
  uploadedBy: string;
  createdAt: string;
  updatedAt: string;
}

export type SearchKind = 'contract' | 'supplier' | 'contact' | 'price_element' | 'document';

export interface SearchEntryTable {
  id: Generated<number>;
  organisationId: string;
  kind: SearchKind;
  entityId: string;
  contractId: string | null;
  supplierId: string | null;
  /** Which field (or document text chunk) the body comes from. */
  field: string;
  body: string;
}

export type DocumentRow = Selectable<DocumentTable>;
export type DocumentVersionRow = Selectable<DocumentVersionTable>;

/** An activity (aktivitet) on a contract or a supplier; `derivedKey` is set on those derived from the terms. */
export interface ActivityTable {
  id: string;
  organisationId: string;
  contractId: string | null;
  supplierId: string | null;
  /** Key in the activity_type list. */
  type: string;
  title: string | null;
  description: string | null;
  recurrence: Recurrence;
  /** The due date of a single activity, or the first occurrence of a recurring one. */
  anchorOn: CalendarDate;
  /** JSON array of dates, for recurrence 'dates'. */
  recurrenceDates: string;
  /** The occurrence the status refers to: the next open one, or the last done when none is left. */
  dueOn: CalendarDate;
  responsibleUserId: string | null;
  /** JSON array of days before the due date; null: the organisation's setting for the type. */
  leadDays: string | null;
  /** JSON array of e-mail addresses that also get the reminders. */
  extraEmails: string;
  /** 'expiry', 'notice_deadline', 'option:<id>', 'price_regulation', 'irrevocable_end'; null for manual ones. */
  derivedKey: string | null;
  status: 'open' | 'done';
  /** The occurrence last marked done, by whom, when and with what note. */
  doneOn: CalendarDate | null;
  doneByUserId: string | null;
  doneByName: string | null;
  doneAt: string | null;
  doneNote: string | null;
  /** The day the reminder run next looks at this activity; set to the day of any change, null: nothing left to remind. */
  nextReminderOn: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
  /** The status meeting this activity is (type status_meeting) or is an action item of; null for others. */
  meetingId: string | null;
}

export interface ReminderSettingTable {
  id: string;
  organisationId: string;
  activityType: string;
  /** JSON array of days before the due date. */
  leadDays: string;
  /** JSON array of responsibility_role keys whose holders on the contract are reminded. */
  roles: string;
  /** JSON array of e-mail addresses. */
  extraEmails: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProcurementLeadTimeTable {
  id: string;
  organisationId: string;
  procurementForm: string;
  months: number;
  createdAt: string;
  updatedAt: string;
}

/** One reminder of one occurrence, lead time and recipient; the unique key makes it happen once. */
export interface ReminderTable {
  id: string;
  organisationId: string;
  activityId: string;
  occurrenceOn: CalendarDate;
  leadDays: number;
  /** `user:<id>` or `email:<address>`. */
  recipientKey: string;
  userId: string | null;
  email: string | null;
  sendOn: CalendarDate;
  late: number;
  /** 1: a nearer reminder of the same occurrence fell due at the same time and went out instead. */
  superseded: number;
  delivery: 'in_app' | 'single' | 'digest' | 'none';
  mailId: string | null;
  createdAt: string;
}

export interface NotificationTable {
  id: string;
  organisationId: string;
  userId: string;
  reminderId: string | null;
  activityId: string | null;
  title: string;
  body: string;
  link: string | null;
  dueOn: CalendarDate | null;
  late: number;
  createdAt: string;
  readAt: string | null;
}

export interface MailOutboxTable {
  id: string;
  organisationId: string | null;
  /** What the mail is for (`reminder:<id>`, `digest:<user>:<org>:<day>`); unique, so it is queued once. */
  dedupeKey: string;
  recipient: string;
  subject: string;
  body: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  /** While a sender holds the mail; after this instant another run may take it over. */
  claimedUntil: string | null;
  lastError: string | null;
  sentAt: string | null;
  late: number;
  createdAt: string;
  updatedAt: string;
  /** JSON list of { documentId, versionId }: stored files the sender attaches (read when sending); null: none. */
  attachments: string | null;
}

export interface SecretLinkTable {
  id: string;
  organisationId: string;
  kind: 'calendar_person' | 'calendar_organisation' | 'procurement_plan';
  userId: string | null;
  /** SHA-256 of the secret in the URL; the secret itself is shown once. */
  tokenHash: string;
  createdByUserId: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ActivityRow = Selectable<ActivityTable>;
export type ReminderSettingRow = Selectable<ReminderSettingTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;
export type NotificationRow = Selectable<NotificationTable>;
export type SecretLinkRow = Selectable<SecretLinkTable>;

export type InvoiceStatus = 'received' | 'checked' | 'approved' | 'disputed' | 'rejected';

/**
 * A received e-invoice or credit note (issue 5). Amounts are signed øre: a credit note's are negative, so
 * sums over invoices are what was billed net. `matched*`, `contractMatch`, `deviations` … are what the last
 * check found; `assignedContractId`, `outsideContract`, `lineAssignments`, `status` … are people's decisions.
 */
export interface InvoiceTable {
  id: string;
  organisationId: string;
  kind: 'invoice' | 'credit_note';
  format: string;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate | null;
  currency: string;
  supplierCvr: string | null;
  supplierEndpoint: string | null;
  supplierName: string | null;
  buyerGln: string | null;
  buyerCvr: string | null;
  buyerReference: string | null;
  contractReference: string | null;
  orderReference: string | null;
  accountingCost: string | null;
  periodStart: CalendarDate | null;
  periodEnd: CalendarDate | null;
  lineCount: number;
  lineExtensionAmount: MoneyColumn;
  taxAmount: MoneyColumn;
  payableAmount: MoneyColumn;
  sha256: string;
  sizeBytes: number;
  fileName: string | null;
  source: 'web' | 'api' | 'cli' | 'folder';
  receivedBy: string;
  duplicateOfId: string | null;
  status: InvoiceStatus;
  assignedContractId: string | null;
  outsideContract: number;
  outsideContractReason: string | null;
  /** JSON list of { lineId, priceElementId }: lines a person matched by hand. */
  lineAssignments: string;
  decisionComment: string | null;
  decidedByUserId: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  disputeText: string | null;
  matchedSupplierId: string | null;
  matchedUnitId: string | null;
  buyerMatch: string | null;
  matchedContractId: string | null;
  contractMatch: string;
  contractExplanation: string | null;
  /** JSON list of the last check's deviations (core `Deviation`, amounts as øre strings). */
  deviations: string;
  deviationCount: number;
  deviationAmount: MoneyColumn;
  maxSeverity: 'info' | 'warning' | 'error' | null;
  checkedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The invoice exactly as received (bytes), kept apart so lists never load it. */
export interface InvoiceFileTable {
  invoiceId: string;
  organisationId: string;
  content: Buffer;
}

export interface InvoiceLineTable {
  id: string;
  organisationId: string;
  invoiceId: string;
  position: number;
  lineId: string;
  itemName: string | null;
  description: string | null;
  quantity: string;
  unitCode: string | null;
  price: string | null;
  baseQuantity: string | null;
  lineAmount: MoneyColumn;
  periodStart: CalendarDate | null;
  periodEnd: CalendarDate | null;
  sellersItemId: string | null;
  orderLineId: string | null;
  accountingCost: string | null;
  taxPercent: string | null;
  matchedPriceElementId: string | null;
  lineMatch: string;
  lineMatchCertain: number;
  lineExplanation: string | null;
  allowedUnitPrice: string | null;
}

/** An order reference the organisation uses for one contract ("a mapped order reference"). */
export interface InvoiceOrderReferenceTable {
  id: string;
  organisationId: string;
  orderReference: string;
  contractId: string;
  createdAt: string;
  updatedAt: string;
}

/** A supplier's item id that stands for one of the contract's price elements. */
export interface PriceElementItemIdTable {
  id: string;
  organisationId: string;
  contractId: string;
  priceElementId: string;
  itemId: string;
  createdAt: string;
  updatedAt: string;
}

/** Monthly values of a price index (not owned by an organisation: published figures). */
export interface PriceIndexValueTable {
  indexName: string;
  month: string;
  value: string;
  updatedAt: string;
}

export type InvoiceRow = Selectable<InvoiceTable>;
export type InvoiceLineRow = Selectable<InvoiceLineTable>;

/** A joint organisation's cost-sharing project: its terms and pricing model (docs/cost-sharing.md). */
export interface CostProjectTable {
  id: string;
  organisationId: string;
  name: string;
  description: string | null;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  invoicing: 'kombit' | 'yearly';
  proration: 'days' | 'months';
  /** Month and day ("01-01") of the invoicing year whose population prices the year. */
  populationDate: string;
  pilotFreeMonths: number;
  /** 1/0, or null: the model's default (per-inhabitant models charge an exit). */
  exitPayment: number | null;
  businessCaseCosts: NullableMoneyColumn;
  modelKind: CostModelKind;
  /** The model as JSON text in the documented format. */
  model: string;
  comparisonName: string | null;
  comparisonModel: string | null;
  /**
   * What keeps the project from being planned now, as JSON text (`[{ path, message }]`): derived, stored when the
   * description or the populations change; null until first computed (projects stored before migration 0013).
   */
  problems: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: string;
  updatedAt: string;
}

/** A member municipality of a project; the row belongs to the joint organisation and names the member's organisation. */
export interface CostProjectMemberTable {
  id: string;
  organisationId: string;
  projectId: string;
  memberOrganisationId: string;
  municipalityCode: string;
  availableFrom: CalendarDate;
  wave: string | null;
  pilot: number;
  exitOn: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
}

/** One import of population figures; `changes` (JSON) lists the figures it changed, before and after. */
export interface PopulationImportTable {
  id: string;
  organisationId: string;
  /** 1, 2, … per organisation: a higher version's figure supersedes a lower one's for the same day. */
  version: number;
  fileName: string | null;
  layout: string;
  figureCount: number;
  changedCount: number;
  changes: string;
  importedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A municipality's population on a day, as one import gave it; never changed (a later import supersedes it). */
export interface PopulationFigureTable {
  id: string;
  organisationId: string;
  importId: string;
  version: number;
  municipalityCode: string;
  date: CalendarDate;
  population: number;
}

export type CostProjectRow = Selectable<CostProjectTable>;
export type CostProjectMemberRow = Selectable<CostProjectMemberTable>;
export type PopulationImportRow = Selectable<PopulationImportTable>;

/** A governance body (styringsorgan); the lists are JSON arrays of text (roles: `responsibility_role` keys). */
export interface GovernanceBodyTable {
  id: string;
  organisationId: string;
  /** The Drejebog body it was created from; null for the organisation's own. */
  key: string | null;
  name: string;
  purpose: string | null;
  meetingsMin: number | null;
  meetingsMax: number | null;
  participantRoles: string;
  inputs: string;
  outputs: string;
  responsibilities: string;
  escalatesToId: string | null;
  escalatesToText: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GovernanceBodyMemberTable {
  id: string;
  organisationId: string;
  bodyId: string;
  userId: string;
  role: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A level of a supplier's (or contract's) collaboration organisation; position 0 is the top. */
export interface CollaborationLevelTable {
  id: string;
  organisationId: string;
  supplierId: string;
  contractId: string | null;
  position: number;
  name: string;
  forum: string | null;
  meetingsPerYear: number | null;
  escalationDays: number | null;
  escalationBodyId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One person at a level: a member of the organisation (userId) or a contact of the supplier (contactId). */
export interface CollaborationParticipantTable {
  id: string;
  organisationId: string;
  levelId: string;
  userId: string | null;
  contactId: string | null;
  role: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A grundmodel role held centrally in the organisation (or for one of its units) by a member. */
export interface CentralRoleTable {
  id: string;
  organisationId: string;
  role: string;
  userId: string;
  unitId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type GovernanceBodyRow = Selectable<GovernanceBodyTable>;
export type GovernanceBodyMemberRow = Selectable<GovernanceBodyMemberTable>;
export type CollaborationLevelRow = Selectable<CollaborationLevelTable>;
export type CollaborationParticipantRow = Selectable<CollaborationParticipantTable>;
export type CentralRoleRow = Selectable<CentralRoleTable>;

/** An organisation's choices for the supplier segmentation (issue 18); without a row the defaults of core apply. */
export interface SupplierSegmentSettingsTable {
  id: string;
  organisationId: string;
  /** JSON object: factor → weight 0–10 (core SEGMENT_FACTORS). */
  weights: string;
  /** The annual spend in øre that counts as fully important. */
  fullSpend: MoneyColumn;
  manyContracts: number;
  highFrom: number;
  /** JSON object: segment → the organisation's name for it (only the renamed ones). */
  segmentLabels: string;
  /** JSON object: segment → list of { kind, recurrence } (core FollowUpRegime). */
  regime: string;
  placeContracts: number;
  createdAt: string;
  updatedAt: string;
}

/** A confirmed placement of a supplier (scope 'supplier') or one of its contracts (scope = the contract's id). */
export interface SupplierSegmentTable {
  id: string;
  organisationId: string;
  supplierId: string;
  contractId: string | null;
  scope: string;
  segment: 'strategic' | 'bottleneck' | 'leverage' | 'routine';
  importance: number;
  supplyRisk: number;
  proposedSegment: 'strategic' | 'bottleneck' | 'leverage' | 'routine';
  /** JSON list of the proposal's factor scores when it was confirmed. */
  proposalReasons: string;
  /** Why a person chose another segment than the proposal (required then), or a note. */
  reason: string | null;
  confirmedByUserId: string | null;
  confirmedByName: string;
  confirmedOn: CalendarDate;
  createdAt: string;
  updatedAt: string;
}

/** A status meeting (issue 18) of a supplier (optionally one of its contracts) or of a governance body. */
export interface MeetingTable {
  id: string;
  organisationId: string;
  supplierId: string | null;
  contractId: string | null;
  /** A governance body's id (no foreign key in 0020; the bodies come from a neighbouring migration). */
  governanceBodyId: string | null;
  collaborationLevel: string | null;
  title: string;
  forum: string | null;
  heldOn: CalendarDate;
  /** Local start time in Denmark, HH:MM. */
  startsAt: string | null;
  location: string | null;
  status: MeetingStatus;
  /** The meeting's own activity (type status_meeting), kept on the meeting's day. */
  activityId: string | null;
  /** The approved minutes as a PDF in the document store (the supplier's document). */
  minutesDocumentId: string | null;
  approvedAt: string | null;
  approvedByName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingParticipantTable {
  id: string;
  organisationId: string;
  meetingId: string;
  kind: ParticipantKind;
  /** A member (kind member), a contact of the supplier (kind contact); a guest has a name and an e-mail address. */
  userId: string | null;
  contactId: string | null;
  name: string | null;
  email: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** An agenda item: a template item, an input the register collected (its source and reference, a snapshot), or one added. */
export interface MeetingAgendaItemTable {
  id: string;
  organisationId: string;
  meetingId: string;
  position: number;
  section: string | null;
  title: string;
  source: string | null;
  reference: string | null;
  link: string | null;
  /** The minutes of this item. */
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingDecisionTable {
  id: string;
  organisationId: string;
  meetingId: string;
  agendaItemId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** An action item; one with a member responsible has an activity, and is done when it is. */
export interface MeetingActionTable {
  id: string;
  organisationId: string;
  meetingId: string;
  agendaItemId: string | null;
  title: string;
  responsibleUserId: string | null;
  responsibleContactId: string | null;
  dueOn: CalendarDate;
  activityId: string | null;
  /** For an action without an activity: the day it was marked done. */
  doneOn: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
}

/** An organisation's own agenda template (none: the defaults in core). */
export interface AgendaTemplateItemTable {
  id: string;
  organisationId: string;
  key: string;
  title: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export type MeetingRow = Selectable<MeetingTable>;
export type MeetingParticipantRow = Selectable<MeetingParticipantTable>;
export type MeetingAgendaItemRow = Selectable<MeetingAgendaItemTable>;
export type MeetingDecisionRow = Selectable<MeetingDecisionTable>;
export type MeetingActionRow = Selectable<MeetingActionTable>;

/** An issue sent one step up a supplier's collaboration organisation: to a level or a governance body (0021). */
export interface EscalationTable {
  id: string;
  organisationId: string;
  supplierId: string | null;
  title: string;
  description: string | null;
  raisedOn: CalendarDate;
  /** Where it was raised, in words. */
  raisedAt: string;
  fromMeetingId: string | null;
  fromAgendaItemId: string | null;
  toLevelId: string | null;
  toLevelName: string | null;
  toBodyId: string | null;
  /** The latest day the receiving forum is to deal with it (the level's time limit); null without one. */
  dueOn: CalendarDate | null;
  activityId: string | null;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedOn: CalendarDate | null;
  raisedByName: string;
  createdAt: string;
  updatedAt: string;
}

export type EscalationRow = Selectable<EscalationTable>;
