import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Fields whose values are ids of people or units (or keys of option values), shown by name when the page knows them. */
const REFERENCES = new Set(['userId', 'parentId', 'classification']);
/** Fields whose values are codes with a translation under the given key. */
const CODES: Record<string, string> = {
  role: 'roles',
  scope: 'tokens.scopes',
  kind: 'organisations.kinds',
  action: 'audit.actions',
  list: 'optionLists.titles',
};
const BOOLEANS = new Set(['isSystemAdmin']);

/** Renders a before/after value of an audit change for people rather than machines. */
export function useChangeValue(names: ReadonlyMap<string, string>): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (field, value) => {
    if (value === null || value === undefined || value === '') return '–';
    if (BOOLEANS.has(field) || typeof value === 'boolean')
      return value === true || value === 1 ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return format.number(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (REFERENCES.has(field)) return names.get(value) ?? value;
    const codes = CODES[field];
    if (codes) return t(`${codes}.${value}`, { defaultValue: value });
    if (field === 'country' && /^[A-Z]{2}$/.test(value)) return format.country(value);
    if (field === 'locale') return value === 'en' ? 'English' : value === 'da' ? 'Dansk' : value;
    if (INSTANT.test(value)) return format.dateTime(value);
    return value;
  };
}
