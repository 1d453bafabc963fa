import { describe, expect, it } from 'vitest';
import da from './da.json' with { type: 'json' };
import { declaredLabels } from './declaredLabels.ts';
import en from './en.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('declaredLabels', () => {
  it('given a declared field, then its form label, hint and history label come from the declaration', () => {
    const labels = new Map(leaves(declaredLabels('da')));
    expect(labels.get('contracts.fields.esdhReference')).toBe('ESDH-/journalnummer');
    expect(labels.get('contracts.fields.esdhReferenceHint')).toBe('Sagens nummer i jeres ESDH-system.');
    expect(labels.get('audit.fields.totalValue')).toBe('samlet værdi');
    expect(labels.get('search.fields.contract.exitClause')).toBe('exitbestemmelser');
    expect(new Map(leaves(declaredLabels('en'))).get('audit.fields.skiAgreementNumber')).toBe('SKI agreement number');
  });

  it('given a received document, then its kind is named by the core declaration (Faktura, Kreditnota)', () => {
    const labels = new Map(leaves(declaredLabels('da')));
    expect(labels.get('invoices.kinds.invoice')).toBe('Faktura');
    expect(labels.get('invoices.kinds.credit_note')).toBe('Kreditnota');
    expect(new Map(leaves(declaredLabels('en'))).get('invoices.kinds.credit_note')).toBe('Credit note');
  });

  it('given the suppliers and price elements, then their labels come from their declarations too', () => {
    const labels = new Map(leaves(declaredLabels('da')));
    expect(labels.get('suppliers.fields.cvr')).toBe('CVR-nummer');
    expect(labels.get('audit.fields.postalCode')).toBe('postnummer');
    expect(labels.get('search.fields.supplier.foreignId')).toBe('udenlandsk id');
    expect(labels.get('contracts.priceElements.fields.payingUnitIds')).toBe('Betalende enheder');
    expect(labels.get('audit.fields.accountCoding')).toBe('kontering');
    expect(new Map(leaves(declaredLabels('en'))).get('search.fields.price_element.number')).toBe('number');
  });

  it('given the options and responsibilities, then their form, kind and history labels come from their declarations', () => {
    const labels = new Map(leaves(declaredLabels('da')));
    expect(labels.get('contracts.options.periodMonths')).toBe('Måneder pr. periode');
    expect(labels.get('contracts.options.exercisedPeriodsHint')).toBe('0, hvis optionen ikke er udnyttet.');
    expect(labels.get('contracts.optionKinds.purchase')).toBe('Købsoption');
    expect(labels.get('audit.fields.latestExerciseOn')).toBe('skal senest udnyttes');
    expect(labels.get('audit.fields.role')).toBe('rolle');
    // The history names the option's notice more briefly than its form: the translation file says so.
    expect(labels.get('audit.fields.leadTimeMonths')).toBe('varsel (måneder før udløb)');
    expect(da.audit.fields.leadTimeMonths).toBe('varsel (måneder)');
    expect(new Map(leaves(declaredLabels('en'))).get('contracts.optionKinds.extension')).toBe('Extension option');
  });

  it('given the translation files, then they repeat no declared label (they hold only what differs)', () => {
    for (const [language, file] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const written = new Map(leaves(file as Tree));
      const repeated = leaves(declaredLabels(language)).filter(([key, value]) => written.get(key) === value);
      expect(repeated, language).toEqual([]);
    }
  });
});
