/**
 * Per-organisation option lists (værdilister), as in OS2Kitos: each organisation starts from these Danish
 * defaults and its administrators rename, disable or add values. A value is identified by its `key`, which
 * never changes, so renaming a value keeps every contract that uses it.
 */
export const OPTION_LISTS = [
  'contract_type',
  'contract_template',
  'procurement_form',
  'agreement_element',
  'payment_model',
  'payment_frequency',
  'supplier_classification',
  'responsibility_role',
  'activity_type',
] as const;
export type OptionList = (typeof OPTION_LISTS)[number];

export type DefaultOption = { key: string; da: string; en: string };

const o = (key: string, da: string, en: string): DefaultOption => ({ key, da, en });

export const DEFAULT_OPTIONS: Record<OptionList, readonly DefaultOption[]> = {
  contract_type: [
    o('hovedkontrakt', 'Hovedkontrakt', 'Main contract'),
    o('tillaegskontrakt', 'Tillægskontrakt', 'Supplementary contract'),
    o('rammeaftale', 'Rammeaftale', 'Framework agreement'),
    o('serviceaftale', 'Serviceaftale', 'Service agreement'),
    o('licensaftale', 'Licensaftale', 'Licence agreement'),
    o('driftsaftale', 'Driftsaftale', 'Operations agreement'),
    o('udviklingsaftale', 'Udviklingsaftale', 'Development agreement'),
    o('vedligeholdelsesaftale', 'Vedligeholdelsesaftale', 'Maintenance agreement'),
    o('konsulentaftale', 'Konsulentaftale', 'Consultancy agreement'),
    o('databehandleraftale', 'Databehandleraftale', 'Data processing agreement'),
  ],
  contract_template: [
    o('k01', 'K01', 'K01'),
    o('k02', 'K02', 'K02'),
    o('k03', 'K03', 'K03'),
    o('k04', 'K04', 'K04'),
    o('ski', 'SKI', 'SKI'),
    o('kombit', 'KOMBIT', 'KOMBIT'),
    o('leverandoerens_egen', 'Leverandørens egen', "Supplier's own"),
    o('egen', 'Egen', 'Own'),
  ],
  procurement_form: [
    o('ski_aftale', 'SKI-aftale', 'SKI framework agreement'),
    o('udbud', 'Udbud', 'Tender'),
    o('eu_udbud', 'EU-udbud', 'EU tender'),
    o('miniudbud', 'Miniudbud', 'Mini-competition'),
    o('tilbudsindhentning', 'Tilbudsindhentning', 'Request for quotations'),
    o('direkte_tildeling', 'Direkte tildeling', 'Direct award'),
    o('faellesindkoeb', 'Fællesindkøb', 'Joint procurement'),
  ],
  agreement_element: [
    o('licens', 'Licens', 'Licence'),
    o('drift', 'Drift', 'Operations'),
    o('udvikling', 'Udvikling', 'Development'),
    o('vedligehold', 'Vedligehold', 'Maintenance'),
    o('support', 'Support', 'Support'),
    o('hosting', 'Hosting', 'Hosting'),
    o('implementering', 'Implementering', 'Implementation'),
    o('konsulentydelser', 'Konsulentydelser', 'Consultancy'),
    o('uddannelse', 'Uddannelse', 'Training'),
  ],
  payment_model: [
    o('licens_flatrate', 'Licens (flatrate)', 'Licence (flat rate)'),
    o('pr_bruger', 'Pr. bruger', 'Per user'),
    o('pr_indbygger', 'Pr. indbygger', 'Per inhabitant'),
    o('pr_sag', 'Pr. sag', 'Per case'),
    o('forbrug', 'Forbrug', 'Consumption'),
    o('fast_pris', 'Fast pris', 'Fixed price'),
    o('timer', 'Timer', 'Hours'),
  ],
  payment_frequency: [
    o('maanedlig', 'Månedlig', 'Monthly'),
    o('kvartalsvis', 'Kvartalsvis', 'Quarterly'),
    o('halvaarlig', 'Halvårlig', 'Half-yearly'),
    o('aarlig', 'Årlig', 'Yearly'),
    o('engang', 'Engangsbetaling', 'One-off'),
    o('efter_levering', 'Efter levering', 'On delivery'),
  ],
  supplier_classification: [
    o('strategisk', 'Strategisk', 'Strategic'),
    o('vigtig', 'Vigtig', 'Important'),
    o('standard', 'Standard', 'Standard'),
    o('lille', 'Lille', 'Minor'),
  ],
  responsibility_role: [
    o('kontraktstyringsansvarlig', 'Kontraktstyringsansvarlig', 'Contract manager'),
    o('it_controller', 'It-controller', 'IT controller'),
    o('systemejer', 'Systemejer', 'System owner'),
    o('forvaltnings_it_koordinator', 'Forvaltnings-it-koordinator', 'Department IT coordinator'),
    o('digitaliseringschef', 'Digitaliseringschef', 'Head of digitalisation'),
    o('arkitekturansvarlig', 'Arkitekturansvarlig', 'Architect'),
    o('it_indkoeber', 'It-indkøber', 'IT buyer'),
    o('it_sikkerhedsansvarlig', 'It-sikkerhedsansvarlig', 'Security officer'),
  ],
  // The Drejebog's activity list (level 1, Aktivitetsoverblik). The first five are derived from the terms.
  activity_type: [
    o('expiry', 'Udløb', 'Expiry'),
    o('notice_deadline', 'Opsigelsesfrist', 'Notice deadline'),
    o('option_exercise', 'Udnyttelse af option', 'Option exercise'),
    o('price_regulation', 'Prisregulering', 'Price regulation'),
    o('irrevocable_end', 'Uopsigelighed ophører', 'End of irrevocable period'),
    o('renegotiation', 'Genforhandling', 'Renegotiation'),
    o('sub_delivery', 'Færdiggørelse af delleverance', 'Completion of sub-delivery'),
    o('payment_deadline', 'Betalingsfrist', 'Payment deadline'),
    o('penalty', 'Bodsbestemmelse', 'Penalty provision'),
    o('sla_kpi', 'Opfølgning på SLA/KPI', 'SLA/KPI follow-up'),
    o('milestone', 'Leverancemilepæl', 'Delivery milestone'),
    o('control_report', 'Kontrolrapport og dokumentation', 'Control report and documentation'),
    o('status_meeting', 'Statusmøde', 'Status meeting'),
    o('steering_committee', 'Styregruppemøde', 'Steering committee meeting'),
    o('supplier_evaluation', 'Leverandørevaluering', 'Supplier evaluation'),
    o('strategic_meeting', 'Strategisk møde', 'Strategic meeting'),
    o('meeting_action', 'Aktion fra møde', 'Action from a meeting'),
    o('escalation', 'Eskalering', 'Escalation'),
  ],
};

export function isOptionList(value: string): value is OptionList {
  return (OPTION_LISTS as readonly string[]).includes(value);
}

/** An organisation's own change to a list: a renamed or disabled default, or a value it added. */
export type OptionOverride = { key: string; label: string | null; disabled: boolean; custom: boolean; position: number };

export type OptionValue = { key: string; label: string; disabled: boolean; custom: boolean };

/**
 * The list an organisation sees: the defaults in their order (with its renames and disablings applied),
 * then the values it added, in the order they were added. Labels of defaults follow the locale unless renamed.
 */
export function resolveOptionList(list: OptionList, overrides: readonly OptionOverride[], locale: 'da' | 'en'): OptionValue[] {
  const byKey = new Map(overrides.map((x) => [x.key, x]));
  const defaults = DEFAULT_OPTIONS[list].map((d) => {
    const own = byKey.get(d.key);
    return { key: d.key, label: own?.label ?? d[locale], disabled: own?.disabled ?? false, custom: false };
  });
  const added = overrides
    .filter((x) => x.custom)
    .sort((a, b) => a.position - b.position)
    .map((x) => ({ key: x.key, label: x.label ?? x.key, disabled: x.disabled, custom: true }));
  return [...defaults, ...added];
}

/**
 * A stable key for a value an organisation adds, from its label: lower case ASCII, Danish letters spelled
 * out (æ→ae, ø→oe, å→aa), other characters to `_`; a number is appended when the key is taken.
 */
export function optionKeyFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .trim()
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'vaerdi';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
