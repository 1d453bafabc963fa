import {
  CONTRACT_FIELDS,
  CONTRACT_OPTION_FIELDS,
  CRITICALITY_LABELS,
  type EnumLabels,
  type FieldSpec,
  type Fields,
  INVOICE_KIND_LABELS,
  labelInSentence,
  PRICE_ELEMENT_FIELDS,
  RESPONSIBILITY_FIELDS,
  SEGMENT_AXIS_LABELS,
  SEGMENT_FACTORS,
  SEGMENT_LABELS,
  SUPPLIER_FIELDS,
} from '@overblik/core';

type Tree = { [key: string]: string | Tree };

/** A register's form labels and hints, and the labels of its plain fields (history) and searched fields (hits). */
function labelsOf(fields: Fields, language: 'da' | 'en', audit: Tree) {
  const form: Tree = {};
  const search: Tree = {};
  for (const [name, spec] of Object.entries(fields) as Array<[string, FieldSpec]>) {
    const label = spec.label[language];
    form[name] = label;
    if (spec.web?.hint) form[`${name}Hint`] = spec.web.hint[language];
    // The history names fields of every register alike (a field of the same name has the same label).
    if (spec.kind !== 'custom' && audit[name] === undefined) audit[name] = labelInSentence(label);
    if (spec.searched) search[name] = labelInSentence(label);
  }
  return { form, search };
}

/** The labels of an enumeration's values (the choices of a form, the values in the history). */
function valueLabels(labels: EnumLabels<string>, language: 'da' | 'en'): Tree {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label[language]]));
}

/**
 * The labels of the declared fields (packages/core CONTRACT_FIELDS, SUPPLIER_FIELDS, PRICE_ELEMENT_FIELDS,
 * CONTRACT_OPTION_FIELDS, RESPONSIBILITY_FIELDS) as translation keys: the form's label and hint
 * (`contracts.fields.*`, `suppliers.fields.*`, `contracts.priceElements.fields.*`, `contracts.options.*`, and an
 * option's kinds, `contracts.optionKinds.*`; the criticality scale, `criticalities.*`; the segmentation's segments, axes and factors, `segments.labels.*`, `segments.axes.*`, `segments.factors.*`), and the label inside a sentence for the history (`audit.fields.*`) and
 * for search hits (`search.fields.contract.*`, `.supplier.*`, `.price_element.*`); and what a received document is
 * called by its kind (`invoices.kinds.*`, packages/core INVOICE_KIND_LABELS). The translation files hold only
 * what differs from these (a form that asks a question, a history that names a field more briefly); they win
 * where both say something.
 */
export function declaredLabels(language: 'da' | 'en'): Tree {
  const audit: Tree = {};
  const contract = labelsOf(CONTRACT_FIELDS, language, audit);
  const supplier = labelsOf(SUPPLIER_FIELDS, language, audit);
  const priceElement = labelsOf(PRICE_ELEMENT_FIELDS, language, audit);
  const option = labelsOf(CONTRACT_OPTION_FIELDS, language, audit);
  // A responsibility's form numbers its rows ("Rolle for ansvarlig 2"): only its history labels are derived.
  labelsOf(RESPONSIBILITY_FIELDS, language, audit);
  return {
    contracts: {
      fields: contract.form,
      priceElements: { fields: priceElement.form },
      options: option.form,
      optionKinds: valueLabels(CONTRACT_OPTION_FIELDS.kind.labels, language),
    },
    criticalities: valueLabels(CRITICALITY_LABELS, language),
    segments: {
      labels: valueLabels(SEGMENT_LABELS, language),
      axes: valueLabels(SEGMENT_AXIS_LABELS, language),
      factors: Object.fromEntries(Object.entries(SEGMENT_FACTORS).map(([factor, spec]) => [factor, spec.label[language]])),
    },
    suppliers: { fields: supplier.form },
    invoices: { kinds: valueLabels(INVOICE_KIND_LABELS, language) },
    audit: { fields: audit },
    search: { fields: { contract: contract.search, supplier: supplier.search, price_element: priceElement.search } },
  };
}
