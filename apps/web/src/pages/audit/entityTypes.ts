/** The entity types the audit trail records today; each has a label under `audit.entityTypes` in the translations. */
export const ENTITY_TYPES = [
  'organisation',
  'unit',
  'membership',
  'api_token',
  'user',
  'supplier',
  'supplier_contact',
  'option_value',
  'contract',
  'price_element',
  'contract_option',
  'contract_responsibility',
  'document',
  'document_version',
] as const;
