import type * as Api from '@overblik/api';
import { type CalendarDate, CONTRACT_FIELDS, type ContractPlainField, type ContractStatus, contractStatus } from '@overblik/core';
import type {
  ApiToken,
  Contract,
  ContractOptionRow,
  ContractResponsibilityView,
  ContractSummaryRow,
  Member,
  MembershipWithOrganisation,
  Organisation,
  PriceElement,
  Supplier,
  SupplierContact,
  Unit,
  User,
} from '@overblik/db';
import { apiValuesOf } from './fields.js';

/** Database rows → public API shapes. Secrets (password and token hashes) never leave through here. */
export const present = {
  organisation: (o: Organisation): Api.Organisation => ({ ...o }),
  unit: (u: Unit): Api.Unit => ({ ...u }),
  member: (m: Member): Api.Member => ({
    id: m.id,
    organisationId: m.organisationId,
    userId: m.userId,
    email: m.email,
    name: m.name,
    role: m.role,
    hasPassword: m.hasPassword,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  }),
  membership: (m: MembershipWithOrganisation): Api.MembershipSummary => ({ ...m }),
  token: (t: ApiToken): Api.ApiToken => ({
    id: t.id,
    organisationId: t.organisationId,
    userId: t.userId,
    name: t.name,
    scope: t.scope,
    tokenPrefix: t.tokenPrefix,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
  }),
  user: (u: User): Api.UserAccount => ({
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale,
    isSystemAdmin: u.isSystemAdmin === 1,
    hasPassword: u.passwordHash !== null,
    disabledAt: u.disabledAt,
    createdAt: u.createdAt,
  }),
  supplier: (s: Supplier): Api.Supplier => ({ ...s }),
  contact: (c: SupplierContact): Api.Contact => ({
    id: c.id,
    supplierId: c.supplierId,
    name: c.name,
    role: c.role,
    email: c.email,
    phone: c.phone,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }),
  contract: (c: Contract, responsibilities: readonly ContractResponsibilityView[], status: ContractStatus): Api.Contract => {
    const {
      nameSort: _nameSort,
      currentTermEnd,
      latestNoticeDate,
      earliestEnd,
      nextOptionDeadline,
      nextPriceRegulation,
      deadlinesOn,
      ...rest
    } = c;
    return {
      ...rest,
      // The plain fields by their kind (money as a decimal string, yes/no as a boolean).
      ...(apiValuesOf(CONTRACT_FIELDS, c) as Pick<Api.Contract, ContractPlainField>),
      deadlines: {
        currentTermEnd,
        latestNoticeDate,
        earliestEnd,
        nextOptionDeadline,
        nextPriceRegulation,
        computedFor: deadlinesOn,
      },
      responsibilities: responsibilities.map((r) => ({ role: r.role, userId: r.userId, name: r.name })),
      status,
    };
  },
  contractSummary: (c: ContractSummaryRow, today: CalendarDate): Api.ContractSummary => ({
    id: c.id,
    number: c.number,
    name: c.name,
    status: contractStatus(c, today),
  }),
  priceElement: (p: PriceElement): Api.PriceElement => {
    const { organisationId: _organisationId, ...rest } = p;
    return rest;
  },
  contractOption: (o: ContractOptionRow): Api.ContractOption => {
    const { organisationId: _organisationId, ...rest } = o;
    return { ...rest, exercised: o.exercisedPeriods > 0 };
  },
};
