import type { Kysely } from 'kysely';
import { AUDITED_ENTITIES, type AuditedTable, type EntityType } from '../audited.js';
import type { Executor } from '../tenant.js';

/**
 * The audit trail names the objects its events concern, and the objects their changes refer to, in words: a
 * contract by number and name, a supplier, unit, price element … by its name, a person by their name. An object
 * that is gone is named from what the trail recorded when it was deleted (or created), and said to be deleted.
 *
 * These are reads by id across the tables of the audited objects, a statement per table for a whole page of
 * events: every statement is limited to the organisations of the events asked about (`organisationId in …`), and
 * a row is used only for an event of its own organisation, so an id of another organisation is never named.
 */

/** An object as the audit trail names it: `name` is null when it is not known here (or not to be told). */
export type NamedObject = { type: string; id: string; name: string | null; deleted: boolean };

/** What is to be named: an object of a known type (or of one of several types) seen in an organisation's event. */
export type NameRequest = { organisationId: string | null; types: readonly EntityType[]; id: string };

type Values = Record<string, unknown>;

/** How an object of each type is named from its row (or its recorded values); `person` names it by a member. */
type Naming = { columns: readonly string[]; name?: (row: Values) => string | null; person?: string };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const column = (name: string): Naming => ({ columns: [name], name: (row) => text(row[name]) });

const NAMING: Record<EntityType, Naming> = {
  organisation: column('name'),
  unit: column('name'),
  user: column('name'),
  membership: { columns: ['userId'], person: 'userId' },
  api_token: column('name'),
  option_value: { columns: ['label', 'key'], name: (row) => text(row.label) ?? text(row.key) },
  supplier: column('name'),
  supplier_contact: column('name'),
  contract: {
    columns: ['number', 'name'],
    name: (row) => [text(row.number), text(row.name)].filter((part) => part !== null).join(' ') || null,
  },
  contract_responsibility: { columns: ['userId'], person: 'userId' },
  price_element: column('name'),
  contract_option: { columns: [] },
  document: column('title'),
  document_version: column('fileName'),
  activity: column('title'),
  reminder_setting: { columns: [] },
  procurement_lead_time: { columns: [] },
  secret_link: { columns: [] },
  invoice: column('number'),
  invoice_order_reference: { columns: [] },
  price_element_item_id: column('itemId'),
  cost_project: column('name'),
  cost_project_member: column('municipalityCode'),
  population_import: column('fileName'),
  invitation: { columns: ['name', 'email'], name: (row) => text(row.name) ?? text(row.email) },
  governance_body: column('name'),
  governance_body_member: { columns: ['userId'], person: 'userId' },
  collaboration_level: column('name'),
  collaboration_participant: { columns: ['userId'], person: 'userId' },
  central_role: { columns: ['userId'], person: 'userId' },
  supplier_segment_settings: { columns: [] },
  supplier_segment: { columns: [] },
  meeting: column('title'),
  meeting_participant: { columns: ['name', 'email'], name: (row) => text(row.name) ?? text(row.email) },
  meeting_agenda_item: column('title'),
  meeting_decision: column('text'),
  meeting_action: column('title'),
  agenda_template_item: column('title'),
  escalation: column('title'),
};

const TABLE_OF = Object.fromEntries(Object.entries(AUDITED_ENTITIES).map(([table, type]) => [type, table])) as Record<
  EntityType,
  AuditedTable
>;

export function isEntityType(type: string): type is EntityType {
  return Object.hasOwn(NAMING, type);
}

/** The name of an object of `type` from its values (a row, or the values an audit event recorded); persons aside. */
export function nameFromValues(type: EntityType, values: Values): string | null {
  return NAMING[type].name?.(values) ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const key = (organisationId: string | null, id: string) => `${organisationId ?? ''}|${id}`;

/**
 * Names each requested object, keyed `organisationId|id` (see `nameKey`): the object as it is, or as the trail
 * recorded it when it is gone; `null` name when it is neither (another organisation's, or never audited).
 */
export async function nameAuditObjects(db: Executor, asked: readonly NameRequest[]): Promise<Map<string, NamedObject>> {
  const out = new Map<string, NamedObject>();
  // Only ids are looked up (PostgreSQL's uuid columns refuse other text); anything else is not named.
  const requests = asked.filter((r) => UUID.test(r.id) && (r.organisationId === null || UUID.test(r.organisationId)));
  const loose = db as unknown as LooseDb;
  const orgs = [...new Set(requests.map((r) => r.organisationId).filter((o): o is string => o !== null))];
  const persons = new Map<string, string>(); // key(org, named object id) → user id whose name is the object's
  const wanted = new Map<EntityType, Set<string>>();
  for (const r of requests) for (const type of r.types) addTo(wanted, type, r.id);

  // 1. Objects as they are: one statement per table.
  const found = new Map<string, { type: EntityType; row: Values }>();
  for (const [type, ids] of wanted) {
    if (type === 'user') continue; // persons below, by membership
    const naming = NAMING[type];
    const table = TABLE_OF[type];
    const tenant = type !== 'organisation';
    if (tenant && orgs.length === 0) continue;
    let query = loose
      .selectFrom(table)
      .select(['id', ...(tenant ? ['organisationId'] : []), ...naming.columns])
      .where('id', 'in', [...ids]);
    query = tenant ? query.where('organisationId', 'in', orgs) : query.where('id', 'in', orgs);
    for (const row of await query.execute()) {
      const org = tenant ? String(row.organisationId) : String(row.id);
      found.set(`${type}|${key(org, String(row.id))}`, { type, row });
    }
  }
  // 2. Objects that are gone: the values their deletion (or creation) recorded, in the same organisation.
  const missing = requests.filter(
    (r) => r.organisationId !== null && !r.types.some((t) => t !== 'user' && found.has(`${t}|${key(r.organisationId, r.id)}`)),
  );
  const recorded = new Map<string, { type: EntityType; values: Values }>();
  if (missing.length > 0) {
    const rows = await db
      .selectFrom('auditEvents')
      .select(['organisationId', 'entityType', 'entityId', 'action', 'changes'])
      // Both columns of the entity index (`audit_events_entity_idx`), so this reads only those objects' events.
      .where('entityType', 'in', [...new Set(missing.flatMap((r) => r.types))])
      .where('entityId', 'in', [...new Set(missing.map((r) => r.id))])
      .where('organisationId', 'in', orgs)
      .where('action', 'in', ['create', 'delete'])
      .orderBy('id', 'asc')
      .execute();
    for (const row of rows) {
      if (!isEntityType(row.entityType)) continue;
      const changes = (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as Record<
        string,
        { before: unknown; after: unknown }
      >;
      const values = Object.fromEntries(
        Object.entries(changes).map(([field, change]) => [field, row.action === 'delete' ? change.before : change.after]),
      );
      // The later event wins: a deletion's values are the object's last.
      recorded.set(`${row.entityType}|${key(row.organisationId, row.entityId)}`, {
        type: row.entityType,
        values: { ...values, deleted: row.action === 'delete' },
      });
    }
  }
  for (const r of requests) {
    const k = key(r.organisationId, r.id);
    let named: NamedObject | undefined;
    for (const type of r.types) {
      const hit = found.get(`${type}|${k}`);
      const gone = hit ? undefined : recorded.get(`${type}|${k}`);
      const values = hit?.row ?? gone?.values;
      if (!values) continue;
      const deleted = gone?.values.deleted === true;
      const person = NAMING[type].person;
      if (person && typeof values[person] === 'string') persons.set(`${type}|${k}`, values[person] as string);
      named = { type, id: r.id, name: nameFromValues(type, values), deleted };
      break;
    }
    out.set(k, named ?? { type: r.types[0] ?? 'unknown', id: r.id, name: null, deleted: false });
  }

  // 3. Persons: members of the event's organisation, anyone who acted in it, or the person a membership names.
  const personIds = new Set<string>(persons.values());
  for (const r of requests) if (r.types.includes('user')) personIds.add(r.id);
  if (personIds.size === 0) return out;
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [...personIds])
    .execute();
  const userName = new Map(users.map((u) => [u.id, text(u.name) ?? u.email]));
  const seenIn = new Set<string>();
  for (const [typedKey, userId] of persons) {
    const [, org] = typedKey.split('|');
    seenIn.add(key(org || null, userId));
  }
  if (orgs.length > 0) {
    const members = await db
      .selectFrom('memberships')
      .select(['organisationId', 'userId'])
      .where('userId', 'in', [...personIds])
      .where('organisationId', 'in', orgs)
      .execute();
    for (const m of members) seenIn.add(key(m.organisationId, m.userId));
    // A former member is named where they acted: one look-up each (by the actor index), only for those left.
    const pairs = new Map<string, { organisationId: string; userId: string }>();
    for (const r of requests)
      if (r.types.includes('user') && r.organisationId !== null && !seenIn.has(key(r.organisationId, r.id)))
        pairs.set(key(r.organisationId, r.id), { organisationId: r.organisationId, userId: r.id });
    for (const [k, { organisationId, userId }] of pairs) {
      const acted = await db
        .selectFrom('auditEvents')
        .select('id')
        .where('actorUserId', '=', userId)
        .where('organisationId', '=', organisationId)
        .limit(1)
        .executeTakeFirst();
      if (acted) seenIn.add(k);
    }
  }
  for (const [typedKey, userId] of persons) {
    const [, org, id] = typedKey.split('|');
    const k = key(org || null, id ?? '');
    const named = out.get(k);
    if (named) out.set(k, { ...named, name: userName.get(userId) ?? null });
  }
  for (const r of requests) {
    const k = key(r.organisationId, r.id);
    if (!r.types.includes('user') || out.get(k)?.name) continue;
    // Outside any organisation (a system administrator's view of accounts) every person is named.
    if (r.organisationId === null || seenIn.has(k)) {
      const name = userName.get(r.id);
      if (name) out.set(k, { type: 'user', id: r.id, name, deleted: false });
    }
  }
  return out;
}

/** The key `nameAuditObjects` answers under. */
export const nameKey = key;

function addTo<K, V>(map: Map<K, Set<V>>, k: K, v: V) {
  const set = map.get(k) ?? new Set<V>();
  set.add(v);
  map.set(k, set);
}
