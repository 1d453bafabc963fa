import type { Fields, PlainFieldName } from './fields.js';

/**
 * A contract's responsibilities' fields: a named role (from the organisation's `responsibility_role` list) held
 * by a member (docs/architecture.md, "A field is declared once"). The person is custom: a member's id, checked to
 * be a member when the responsibility is new (`checkResponsibilities`), shown by name. A role and person are held
 * once per contract.
 */
export const RESPONSIBILITY_FIELDS = {
  role: {
    kind: 'option',
    list: 'responsibility_role',
    required: true,
    label: { da: 'Rolle', en: 'Role' },
  },
  userId: {
    kind: 'custom',
    label: { da: 'Person', en: 'Person' },
  },
} as const satisfies Fields;

export type ResponsibilityFields = typeof RESPONSIBILITY_FIELDS;
/** The responsibility's fields that are stored, sent and read by their kind alone (the role). */
export type ResponsibilityPlainField = PlainFieldName<ResponsibilityFields>;
