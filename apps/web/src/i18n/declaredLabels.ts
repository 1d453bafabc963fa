import { CONTRACT_FIELDS, type FieldSpec, labelInSentence } from '@overblik/core';

type Tree = { [key: string]: string | Tree };

/**
 * The labels of the declared fields (packages/core CONTRACT_FIELDS) as translation keys: the form's label and
 * hint (`contracts.fields.*`), and the label inside a sentence for the history (`audit.fields.*`) and for search
 * hits (`search.fields.contract.*`). The translation files hold only what differs from these (a form that asks
 * a question, a history that names a field more briefly); they win where both say something.
 */
export function declaredLabels(language: 'da' | 'en'): Tree {
  const fields: Tree = {};
  const audit: Tree = {};
  const search: Tree = {};
  for (const [name, spec] of Object.entries(CONTRACT_FIELDS) as Array<[string, FieldSpec]>) {
    const label = spec.label[language];
    fields[name] = label;
    if (spec.web?.hint) fields[`${name}Hint`] = spec.web.hint[language];
    if (spec.kind !== 'custom') audit[name] = labelInSentence(label);
    if (spec.searched) search[name] = labelInSentence(label);
  }
  return { contracts: { fields }, audit: { fields: audit }, search: { fields: { contract: search } } };
}
