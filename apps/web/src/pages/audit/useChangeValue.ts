import type { AuditObject } from '@overblik/api';
import {
  CONTRACT_FIELDS,
  CONTRACT_OPTION_FIELDS,
  type FieldKind,
  type Fields,
  fieldNames,
  PRICE_ELEMENT_FIELDS,
  SUPPLIER_FIELDS,
} from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/** An id (of an object the page could not name): never shown as it is. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The registers whose plain fields mean the same on every entity (a responsibility's `role` does not: see below). */
const DECLARED: readonly Fields[] = [CONTRACT_FIELDS, SUPPLIER_FIELDS, PRICE_ELEMENT_FIELDS, CONTRACT_OPTION_FIELDS];
const declaredOfKind = (kind: FieldKind): string[] =>
  DECLARED.flatMap((fields) => fieldNames(fields, (spec) => spec.kind === kind));

/** Fields whose values are ids of people, units, suppliers or contracts (or keys of option values), shown by name when the page knows them. */
const REFERENCES: ReadonlySet<string> = new Set([
  'userId',
  'parentId',
  'supplierId',
  'responsibleUnitId',
  'payingUnitIds',
  'agreementElements',
  'contractId',
  'responsibleUserId',
  'doneByUserId',
  'decidedByUserId',
  'invitedByUserId',
  'createdByUserId',
  'assignedContractId',
  'matchedContractId',
  'matchedSupplierId',
  'matchedUnitId',
  'unitId',
  'documentId',
  'priceElementId',
  'activityId',
  'projectId',
  'importId',
  'duplicateOfId',
  'memberOrganisationId',
  ...declaredOfKind('option'),
]);
/** Amounts of money, recorded as kroner decimal strings ("1234.50") and shown with two decimals (a unit price is read by its own rule); other exact decimals as they are. */
const MONEY: ReadonlySet<string> = new Set([...declaredOfKind('money'), 'unitPrice']);
const DECIMALS: ReadonlySet<string> = new Set(declaredOfKind('decimal'));
/** Months of the year (1–12), shown by name. */
const MONTHS_OF_YEAR: ReadonlySet<string> = new Set(declaredOfKind('monthOfYear'));
/** Fields whose values are codes with a translation under the given key. */
const CODES: Record<string, string> = {
  role: 'roles',
  scope: 'tokens.scopes',
  kind: 'organisations.kinds',
  action: 'audit.actions',
  list: 'optionLists.titles',
  status: 'contracts.statuses',
  termKind: 'contracts.termKinds',
  renewal: 'contracts.renewals',
  noticePeriodEnd: 'contracts.noticePeriodEnds',
  recurrence: 'contracts.recurrences',
  priceRegulation: 'contracts.priceRegulations',
  transferability: 'contracts.transferabilities',
  criticality: 'criticalities',
  personalData: 'contracts.personalDataValues',
  dpaRequired: 'contracts.dpaValues',
  textStatus: 'documents.textStatuses',
};
/** Fields that mean something else on some entity types: an option's kind, a responsibility's role (an option value). */
const BY_ENTITY: Record<string, Record<string, string>> = {
  contract_option: { kind: 'contracts.optionKinds' },
  document: { kind: 'documents.kinds' },
  activity: { recurrence: 'activities.recurrences', status: 'activities.statuses' },
  secret_link: { kind: 'audit.secretLinkKinds' },
};
const REFERENCES_BY_ENTITY: Record<string, ReadonlySet<string>> = {
  contract_responsibility: new Set(['role']),
  activity: new Set(['type']),
  reminder_setting: new Set(['activityType', 'roles']),
  procurement_lead_time: new Set(['procurementForm']),
};
const BOOLEANS = new Set(['isSystemAdmin', 'earlyTermination']);

/** Renders a before/after value of an audit change for people rather than machines. */
export function useChangeValue(
  names: ReadonlyMap<string, string>,
  entityType?: string,
  references: Readonly<Record<string, AuditObject>> = {},
): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const entityReferences = (entityType && REFERENCES_BY_ENTITY[entityType]) || new Set<string>();
  // The server's name for an id first (with "deleted" when it is gone), then the page's (option values, roles).
  const name = (value: string): string => {
    const known = references[value];
    if (known?.name) return known.deleted ? `${known.name} (${t('audit.deleted')})` : known.name;
    const local = names.get(value);
    if (local) return local;
    return UUID.test(value) ? t('audit.unknown') : value;
  };
  const item = (value: unknown): string => {
    if (typeof value === 'string') return name(value);
    if (typeof value === 'object' && value !== null) {
      const v = value as { role?: unknown; userId?: unknown; label?: unknown; url?: unknown };
      if (typeof v.role === 'string' && typeof v.userId === 'string') return `${name(v.role)}: ${name(v.userId)}`;
      if (typeof v.label === 'string') return v.label;
    }
    return JSON.stringify(value);
  };
  return (field, value) => {
    if (value === null || value === undefined || value === '') return '–';
    if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(item).join(', ');
    if (field === 'sizeBytes' && typeof value === 'number') return format.fileSize(value);
    if (BOOLEANS.has(field) || typeof value === 'boolean')
      return value === true || value === 1 ? t('common.yes') : t('common.no');
    if (MONTHS_OF_YEAR.has(field) && typeof value === 'number') return format.monthOfYear(value);
    if (typeof value === 'number') return format.number(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (REFERENCES.has(field) || entityReferences.has(field) || UUID.test(value)) return name(value);
    // A derived activity's key is its type, or `option:<id>` for an option's deadline.
    if (field === 'derivedKey') return name(value.startsWith('option:') ? 'option_exercise' : value);
    const codes = (entityType && BY_ENTITY[entityType]?.[field]) || CODES[field];
    if (codes) return t(`${codes}.${value}`, { defaultValue: value });
    if (MONEY.has(field)) return format.decimal(value, 2);
    if (DECIMALS.has(field)) return format.decimal(value);
    if (field === 'country' && /^[A-Z]{2}$/.test(value)) return format.country(value);
    if (field === 'locale') return value === 'en' ? 'English' : value === 'da' ? 'Dansk' : value;
    if (CALENDAR_DATE.test(value)) return format.day(value);
    if (INSTANT.test(value)) return format.dateTime(value);
    return value;
  };
}
