import type {
  ContractStatus,
  DpaRequirement,
  NoticePeriodEnd,
  PriceRecurrence,
  PriceRegulationKind,
  Renewal,
  Transferability,
  YesNoUnknown,
} from '@overblik/core';
import type { Locale } from '../../context.js';
import { headingKey } from '../../spreadsheet/cells.js';
import type { Table } from '../../spreadsheet/read-table.js';
import type { Column } from '../../spreadsheet/write-table.js';

export const CONTRACT_SHEET = 'Kontrakter';
export const PRICE_ELEMENT_SHEET = 'Priselementer';
export const GUIDE_SHEET = 'Vejledning';

/** Separator of the values of a list cell (agreement elements, tags, responsibilities, paying units, links). */
export const LIST_SEPARATOR = '; ';

/** The words that mean an ongoing term (løbende) in the term column. */
export const ONGOING_WORDS = ['løbende', 'ongoing', 'tidsubegrænset', 'uendelig', 'ingen udløb'];

/** Labels of a fixed set of values, in both languages, and other words a spreadsheet may use for them. */
export type EnumLabels<K extends string> = Record<K, { da: string; en: string; also?: readonly string[] }>;

export const NOTICE_PERIOD_END_LABELS: EnumLabels<NoticePeriodEnd> = {
  month: { da: 'Måned', en: 'Month', also: ['udgangen af en måned', 'månedens udgang', 'løbende måned', 'md', 'mdr'] },
  quarter: { da: 'Kvartal', en: 'Quarter', also: ['udgangen af et kvartal', 'kvartalets udgang', 'kvt'] },
  half_year: { da: 'Halvår', en: 'Half-year', also: ['udgangen af et halvår', 'halvårets udgang'] },
  year: { da: 'År', en: 'Year', also: ['udgangen af et år', 'årets udgang', 'kalenderår'] },
};
export const RENEWAL_LABELS: EnumLabels<Renewal> = {
  none: { da: 'Ingen', en: 'None', also: ['nej', 'no', 'ingen forlængelse'] },
  automatic: { da: 'Automatisk', en: 'Automatic', also: ['ja', 'yes', 'forlænges automatisk', 'stiltiende'] },
  by_agreement: { da: 'Efter aftale', en: 'By agreement', also: ['kun efter aftale', 'option'] },
};
export const PRICE_REGULATION_LABELS: EnumLabels<PriceRegulationKind> = {
  none: { da: 'Ingen', en: 'None', also: ['nej', 'ingen prisregulering'] },
  index: { da: 'Indeks', en: 'Index', also: ['efter indeks', 'indeksregulering', 'by index'] },
  fixed_percent: { da: 'Fast procent', en: 'Fixed percentage', also: ['fast procentsats', 'procent', 'fixed percent'] },
};
export const TRANSFERABILITY_LABELS: EnumLabels<Transferability> = {
  easy: { da: 'Let', en: 'Easy' },
  moderate: { da: 'Middel', en: 'Moderate', also: ['moderat'] },
  difficult: { da: 'Vanskelig', en: 'Difficult', also: ['svær', 'svaer'] },
};
export const YES_NO_LABELS: EnumLabels<'yes' | 'no'> = {
  yes: { da: 'Ja', en: 'Yes', also: ['j', 'x', 'sand', 'true'] },
  no: { da: 'Nej', en: 'No', also: ['n', 'falsk', 'false'] },
};
export const YES_NO_UNKNOWN_LABELS: EnumLabels<YesNoUnknown> = {
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  unknown: { da: 'Ved ikke', en: 'Unknown', also: ['ukendt', 'vides ikke'] },
};
export const DPA_LABELS: EnumLabels<DpaRequirement> = {
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  by_law: { da: 'Hjemmel i lov', en: 'By law', also: ['lovhjemmel', 'nej, hjemmel i lov'] },
};
export const RECURRENCE_LABELS: EnumLabels<PriceRecurrence> = {
  one_off: { da: 'Engangsbeløb', en: 'One-off', also: ['engang', 'engangsbetaling', 'once'] },
  monthly: { da: 'Månedlig', en: 'Monthly', also: ['pr. måned', 'måned'] },
  quarterly: { da: 'Kvartalsvis', en: 'Quarterly', also: ['pr. kvartal', 'kvartal'] },
  half_yearly: { da: 'Halvårlig', en: 'Half-yearly', also: ['pr. halvår', 'halvår'] },
  yearly: { da: 'Årlig', en: 'Yearly', also: ['pr. år', 'år', 'annual'] },
};
export const STATUS_LABELS: EnumLabels<ContractStatus> = {
  draft: { da: 'Kladde', en: 'Draft' },
  active: { da: 'Aktiv', en: 'Active' },
  under_termination: { da: 'Under opsigelse', en: 'Under termination' },
  terminated: { da: 'Opsagt', en: 'Terminated' },
  expired: { da: 'Udløbet', en: 'Expired' },
};

export function enumLabel<K extends string>(labels: EnumLabels<K>, key: K | null, locale: Locale): string | null {
  return key === null ? null : labels[key][locale];
}

/** The key a label, key or other word names (any case, either language), or null. */
export function enumKeyOf<K extends string>(labels: EnumLabels<K>, text: string): K | null {
  const wanted = headingKey(text);
  for (const [key, l] of Object.entries(labels) as Array<[K, EnumLabels<K>[K]]>) {
    if ([key, l.da, l.en, ...(l.also ?? [])].some((word) => headingKey(word) === wanted)) return key;
  }
  return null;
}

/** Every accepted value of an enum for the guide, in Danish with the English in brackets. */
export function enumGuide<K extends string>(labels: EnumLabels<K>): string {
  return Object.values<EnumLabels<K>[K]>(labels)
    .map((l) => (l.da === l.en ? l.da : `${l.da} (${l.en})`))
    .join(', ');
}

export type ContractColumnId =
  | 'number'
  | 'name'
  | 'description'
  | 'supplier'
  | 'supplierCvr'
  | 'systemName'
  | 'contractType'
  | 'parent'
  | 'template'
  | 'procurementForm'
  | 'skiAgreementNumber'
  | 'agreementElements'
  | 'criticality'
  | 'tags'
  | 'responsibleUnit'
  | 'responsibilities'
  | 'signedOn'
  | 'inForceFrom'
  | 'operationsStartOn'
  | 'termMonths'
  | 'termEndsOn'
  | 'irrevocableUntil'
  | 'noticeMonths'
  | 'noticePeriodEnd'
  | 'renewal'
  | 'renewalMonths'
  | 'terminationGivenOn'
  | 'terminationEffectiveOn'
  | 'earlyTermination'
  | 'exitClause'
  | 'dataReturn'
  | 'archivingDuty'
  | 'transferability'
  | 'transferabilityNote'
  | 'currency'
  | 'totalValue'
  | 'annualCost'
  | 'paymentModel'
  | 'paymentFrequency'
  | 'priceRegulation'
  | 'priceIndex'
  | 'priceIndexBaseMonth'
  | 'priceRegulationDate'
  | 'priceRegulationPercent'
  | 'priceRegulationCapPercent'
  | 'priceRegulationFloorPercent'
  | 'personalData'
  | 'dpaRequired'
  | 'dpaReference'
  | 'esdhReference'
  | 'links'
  | 'notes'
  | 'status'
  | 'endsOn';

export type SheetColumn<Id extends string> = Column & {
  id: Id;
  /** Other headings the import accepts for the column (compared by `headingKey`). */
  aliases: readonly string[];
  /** How to fill it in, for the guide sheet (Danish). */
  guide: string;
  required?: boolean;
};
export type ContractColumn = SheetColumn<ContractColumnId>;

const DATE = 'Dato: 31-12-2026, 31.12.26 eller 2026-12-31, eller en datocelle.';
const MONEY = 'Beløb i kroner: 1.234,50, 1234,5 eller et tal.';
const PERCENT = 'Procent som tal, fx 2,5.';
const text = (max: number) => `Fritekst (højst ${max.toLocaleString('da-DK')} tegn).`;

/** The Kontrakter sheet: Danish headings (export, template) and the other names municipal spreadsheets use. */
export const CONTRACT_COLUMNS: readonly ContractColumn[] = [
  {
    id: 'number',
    heading: 'Kontraktnummer',
    aliases: ['kontraktnr', 'kontrakt nr', 'kontrakt-nr', 'aftalenummer', 'aftalenr', 'aftale nr', 'contract number', 'nr'],
    guide: 'Påkrævet. Entydigt i organisationen; en genimport opdaterer kontrakten med samme nummer.',
    required: true,
    width: 16,
  },
  {
    id: 'name',
    heading: 'Navn',
    aliases: ['aftalenavn', 'kontraktnavn', 'kontrakt', 'aftale', 'titel', 'name', 'kontrakttitel'],
    guide: 'Påkrævet. Kontraktens navn (højst 200 tegn).',
    required: true,
    width: 32,
  },
  { id: 'description', heading: 'Beskrivelse', aliases: ['description', 'indhold'], guide: text(20_000), width: 40 },
  {
    id: 'supplier',
    heading: 'Leverandør',
    aliases: ['leverandørnavn', 'leverandoer', 'supplier', 'leverandørens navn'],
    guide:
      'Leverandørens navn, som i leverandørregistret. Uden CVR-nummer skal navnet findes (store og små bogstaver er ligegyldige).',
    width: 28,
  },
  {
    id: 'supplierCvr',
    heading: 'Leverandørens CVR-nummer',
    aliases: ['cvr', 'cvr-nr', 'cvr nr', 'cvrnummer', 'cvr-nummer', 'leverandør cvr', 'leverandør cvr-nr', 'supplier cvr'],
    guide:
      'Finder leverandøren efter CVR-nummer. Findes den ikke, oprettes den med navnet i kolonnen Leverandør (CVR-nummeret modulus 11-kontrolleres).',
    width: 14,
  },
  {
    id: 'systemName',
    heading: 'System',
    aliases: ['systemnavn', 'it-system', 'system name', 'fagsystem'],
    guide: text(200),
    width: 20,
  },
  {
    id: 'contractType',
    heading: 'Kontrakttype',
    aliases: ['type', 'aftaletype', 'contract type', 'kontraktform'],
    guide: 'En værdi fra værdilisten Kontrakttype.',
    width: 18,
  },
  {
    id: 'parent',
    heading: 'Hovedkontrakt',
    aliases: ['hovedkontraktnummer', 'hovedkontrakt nr', 'overordnet kontrakt', 'parent contract', 'tillæg til'],
    guide: 'For en tillægskontrakt: hovedkontraktens kontraktnummer (i registret eller i samme fil).',
    width: 16,
  },
  {
    id: 'template',
    heading: 'Skabelon',
    aliases: ['kontraktskabelon', 'template', 'kontraktgrundlag', 'standardkontrakt'],
    guide: 'En værdi fra værdilisten Skabelon, fx K02 eller K03.',
    width: 14,
  },
  {
    id: 'procurementForm',
    heading: 'Udbudsform',
    aliases: ['indkøbsform', 'procurement form', 'udbud', 'anskaffelsesform'],
    guide: 'En værdi fra værdilisten Udbudsform.',
    width: 18,
  },
  {
    id: 'skiAgreementNumber',
    heading: 'SKI-aftalenummer',
    aliases: ['ski aftale', 'ski-aftale', 'ski nr', 'ski-nr', 'ski aftalenr', 'ski agreement', 'rammeaftale nr'],
    guide: 'Fx 02.19 (højst 50 tegn).',
    width: 14,
  },
  {
    id: 'agreementElements',
    heading: 'Aftaleelementer',
    aliases: ['aftaleelement', 'ydelser', 'agreement elements', 'elementer'],
    guide: 'Værdier fra værdilisten Aftaleelementer, adskilt af semikolon, fx Licens; Drift.',
    width: 24,
  },
  {
    id: 'criticality',
    heading: 'Kritikalitet',
    aliases: ['criticality', 'kritiskhed', 'forretningskritisk'],
    guide: 'En værdi fra værdilisten Kritikalitet.',
    width: 12,
  },
  {
    id: 'tags',
    heading: 'Tags',
    aliases: ['tag', 'nøgleord', 'emneord', 'mærker'],
    guide: 'Fritekst adskilt af semikolon (højst 50 tegn hver).',
    width: 20,
  },
  {
    id: 'responsibleUnit',
    heading: 'Ansvarlig enhed',
    aliases: ['enhed', 'afdeling', 'forvaltning', 'ansvarlig afdeling', 'responsible unit', 'center'],
    guide: 'Navnet på en enhed i organisationen.',
    width: 22,
  },
  {
    id: 'responsibilities',
    heading: 'Ansvarlige',
    aliases: ['ansvar', 'roller', 'responsibilities', 'kontraktansvarlige'],
    guide:
      'Rolle: e-mailadresse for hver ansvarlig, adskilt af semikolon, fx Systemejer: navn@kommune.dk. Personen skal være medlem af organisationen.',
    width: 36,
  },
  {
    id: 'signedOn',
    heading: 'Underskrevet',
    aliases: ['underskriftsdato', 'underskrevet den', 'kontraktdato', 'signed', 'signed on'],
    guide: DATE,
    kind: 'date',
    width: 12,
  },
  {
    id: 'inForceFrom',
    heading: 'I kraft fra',
    aliases: ['ikrafttræden', 'ikrafttrædelse', 'ikrafttrædelsesdato', 'startdato', 'start', 'gældende fra', 'in force from'],
    guide: `${DATE} Uden denne dato er kontrakten en kladde.`,
    kind: 'date',
    width: 12,
  },
  {
    id: 'operationsStartOn',
    heading: 'Driftsstart',
    aliases: ['idriftsættelse', 'i drift fra', 'driftsstartdato', 'operations start'],
    guide: DATE,
    kind: 'date',
    width: 12,
  },
  {
    id: 'termMonths',
    heading: 'Løbetid (mdr.)',
    aliases: ['løbetid', 'løbetid i måneder', 'løbetid måneder', 'varighed', 'term', 'term months'],
    guide:
      'Løbetiden: et antal måneder (fx 48, "48 mdr." eller "4 år") fra I kraft fra, eller "løbende". Er både løbetid og udløbsdato tomme, er kontrakten løbende.',
    kind: 'integer',
    width: 12,
  },
  {
    id: 'termEndsOn',
    heading: 'Udløbsdato',
    aliases: ['udløb', 'udløber', 'slutdato', 'ophørsdato', 'kontraktudløb', 'end date', 'term ends on', 'gældende til'],
    guide: `Løbetiden som en slutdato (sidste dag). ${DATE} Udfyld enten denne eller Løbetid (mdr.).`,
    kind: 'date',
    width: 12,
  },
  {
    id: 'irrevocableUntil',
    heading: 'Uopsigelig til',
    aliases: ['uopsigelighed', 'uopsigelig indtil', 'uopsigelig til og med', 'irrevocable until'],
    guide: DATE,
    kind: 'date',
    width: 12,
  },
  {
    id: 'noticeMonths',
    heading: 'Opsigelsesvarsel (mdr.)',
    aliases: ['opsigelsesvarsel', 'opsigelsesvarsel måneder', 'opsigelsesvarsel i måneder', 'varsel', 'notice', 'notice months'],
    guide: 'Hele måneder, fx 6 eller "6 mdr.".',
    kind: 'integer',
    width: 12,
  },
  {
    id: 'noticePeriodEnd',
    heading: 'Opsigelse til udgangen af',
    aliases: ['periodeafslutning', 'opsigelse til', 'varsel til', 'notice period end', 'notice runs to'],
    guide: `En af: ${enumGuide(NOTICE_PERIOD_END_LABELS)}. Tom: varslet regnes fra dag til dag.`,
    width: 14,
  },
  {
    id: 'renewal',
    heading: 'Forlængelse',
    aliases: ['fornyelse', 'automatisk forlængelse', 'renewal'],
    guide: `En af: ${enumGuide(RENEWAL_LABELS)}. Tom betyder Ingen.`,
    width: 14,
  },
  {
    id: 'renewalMonths',
    heading: 'Forlænges med (mdr.)',
    aliases: ['forlængelsesperiode', 'forlængelsesperiode mdr', 'fornyelsesperiode', 'renewal months'],
    guide: 'Ved automatisk forlængelse: måneder ad gangen.',
    kind: 'integer',
    width: 12,
  },
  {
    id: 'terminationGivenOn',
    heading: 'Opsagt den',
    aliases: ['opsigelsesdato', 'opsagt', 'termination given on'],
    guide: DATE,
    kind: 'date',
    width: 12,
  },
  {
    id: 'terminationEffectiveOn',
    heading: 'Opsigelsen har virkning fra',
    aliases: ['ophører', 'ophør', 'opsagt til', 'termination effective on'],
    guide: `${DATE} Kun når kontrakten er opsagt.`,
    kind: 'date',
    width: 12,
  },
  {
    id: 'earlyTermination',
    heading: 'Kan opsiges i løbetiden',
    aliases: ['opsigelse i løbetiden', 'opsigelig i løbetiden', 'early termination'],
    guide: 'Ja, hvis en tidsbegrænset kontrakt kan opsiges før udløb med opsigelsesvarslet. Tom betyder Nej.',
    width: 12,
  },
  {
    id: 'exitClause',
    heading: 'Exitbestemmelser',
    aliases: ['exit', 'exitklausul', 'exit clause', 'exitplan'],
    guide: text(20_000),
    width: 30,
  },
  {
    id: 'dataReturn',
    heading: 'Tilbagelevering af data',
    aliases: ['datatilbagelevering', 'data return'],
    guide: text(20_000),
    width: 30,
  },
  { id: 'archivingDuty', heading: 'Arkiveringspligt', aliases: ['arkivering', 'archiving duty'], guide: text(20_000), width: 24 },
  {
    id: 'transferability',
    heading: 'Overdragelse til anden leverandør',
    aliases: ['flytbarhed', 'leverandørskifte', 'overdragelse', 'transferability'],
    guide: `En af: ${enumGuide(TRANSFERABILITY_LABELS)}.`,
    width: 14,
  },
  {
    id: 'transferabilityNote',
    heading: 'Note om overdragelse',
    aliases: ['transferability note', 'note overdragelse'],
    guide: text(20_000),
    width: 30,
  },
  {
    id: 'currency',
    heading: 'Valuta',
    aliases: ['currency', 'møntfod'],
    guide: 'ISO 4217, fx DKK eller EUR. Tom betyder DKK.',
    width: 8,
  },
  {
    id: 'totalValue',
    heading: 'Samlet værdi',
    aliases: ['kontraktsum', 'kontraktværdi', 'samlet kontraktsum', 'samlet kontraktværdi', 'total value', 'værdi'],
    guide: MONEY,
    kind: 'number',
    width: 16,
  },
  {
    id: 'annualCost',
    heading: 'Årlig omkostning',
    aliases: ['årlig pris', 'årlige omkostninger', 'årlig udgift', 'pris pr år', 'pris pr. år', 'årligt beløb', 'annual cost'],
    guide: MONEY,
    kind: 'number',
    width: 16,
  },
  {
    id: 'paymentModel',
    heading: 'Betalingsmodel',
    aliases: ['prismodel', 'afregningsmodel', 'payment model'],
    guide: 'En værdi fra værdilisten Betalingsmodel.',
    width: 16,
  },
  {
    id: 'paymentFrequency',
    heading: 'Betalingsfrekvens',
    aliases: ['faktureringsfrekvens', 'betalingsterminer', 'fakturering', 'payment frequency'],
    guide: 'En værdi fra værdilisten Betalingsfrekvens.',
    width: 16,
  },
  {
    id: 'priceRegulation',
    heading: 'Prisregulering',
    aliases: ['price regulation', 'prisreguleringsform', 'reguleringsform'],
    guide: `En af: ${enumGuide(PRICE_REGULATION_LABELS)}. Tom betyder Ingen.`,
    width: 14,
  },
  {
    id: 'priceIndex',
    heading: 'Indeks',
    aliases: ['prisindeks', 'reguleringsindeks', 'price index'],
    guide: 'Påkrævet ved regulering efter indeks, fx nettoprisindeks.',
    width: 18,
  },
  {
    id: 'priceIndexBaseMonth',
    heading: 'Basismåned',
    aliases: ['indeks basismåned', 'basisindeks', 'base month'],
    guide: 'Måned og år: 2024-10, 10-2024 eller okt 2024.',
    width: 12,
  },
  {
    id: 'priceRegulationDate',
    heading: 'Reguleringsdato (dd-mm)',
    aliases: ['reguleringsdato', 'reguleringsdato hvert år', 'regulation date'],
    guide: 'Dag og måned hvert år, fx 01-07 for 1. juli.',
    width: 12,
  },
  {
    id: 'priceRegulationPercent',
    heading: 'Regulering (%)',
    aliases: ['reguleringsprocent', 'fast procent', 'regulation percent'],
    guide: `${PERCENT} Kun ved fast procent.`,
    kind: 'decimal',
    width: 10,
  },
  {
    id: 'priceRegulationCapPercent',
    heading: 'Loft (%)',
    aliases: ['loft', 'reguleringsloft', 'cap'],
    guide: PERCENT,
    kind: 'decimal',
    width: 10,
  },
  {
    id: 'priceRegulationFloorPercent',
    heading: 'Bund (%)',
    aliases: ['bund', 'gulv', 'gulv (%)', 'floor'],
    guide: PERCENT,
    kind: 'decimal',
    width: 10,
  },
  {
    id: 'personalData',
    heading: 'Personoplysninger',
    aliases: ['persondata', 'behandler personoplysninger', 'personal data'],
    guide: `Behandler leverandøren personoplysninger? En af: ${enumGuide(YES_NO_UNKNOWN_LABELS)}.`,
    width: 12,
  },
  {
    id: 'dpaRequired',
    heading: 'Databehandleraftale påkrævet',
    aliases: ['databehandleraftale', 'dba', 'dba påkrævet', 'dpa required'],
    guide: `En af: ${enumGuide(DPA_LABELS)}.`,
    width: 14,
  },
  {
    id: 'dpaReference',
    heading: 'Reference til databehandleraftalen',
    aliases: ['dba reference', 'databehandleraftale reference', 'dpa reference'],
    guide: text(2000),
    width: 24,
  },
  {
    id: 'esdhReference',
    heading: 'ESDH-/journalnummer',
    aliases: ['esdh', 'esdh-reference', 'esdh reference', 'journalnummer', 'journalnr', 'sagsnummer', 'sagsnr'],
    guide: text(200),
    width: 18,
  },
  {
    id: 'links',
    heading: 'Links',
    aliases: ['link', 'links', 'url'],
    guide: 'Tekst: adresse, adskilt af semikolon, fx Kontrakt: https://esdh.kommune.dk/sag/1.',
    width: 30,
  },
  { id: 'notes', heading: 'Noter', aliases: ['bemærkninger', 'notes', 'kommentarer', 'note'], guide: text(20_000), width: 30 },
  {
    id: 'status',
    heading: 'Status (beregnet)',
    aliases: ['status'],
    guide: `Kun til læsning: beregnes ud fra datoerne og ignoreres ved import. ${enumGuide(STATUS_LABELS)}.`,
    readOnly: true,
    width: 16,
  },
  {
    id: 'endsOn',
    heading: 'Slutdato (beregnet)',
    aliases: [],
    guide: 'Kun til læsning: den dag kontrakten ophører, hvis intet andet sker (opsigelse, løbetid, udnyttede optioner).',
    readOnly: true,
    kind: 'date',
    width: 14,
  },
];

export type PriceElementColumnId =
  | 'contractNumber'
  | 'number'
  | 'name'
  | 'unitCode'
  | 'unitPrice'
  | 'quantity'
  | 'recurrence'
  | 'validFrom'
  | 'validTo'
  | 'payingUnits'
  | 'accountCoding'
  | 'notes';
export type PriceElementColumn = SheetColumn<PriceElementColumnId>;

/** Words for common UN/ECE Recommendation 20 unit codes. */
export const UNIT_CODE_WORDS: Record<string, string> = {
  stk: 'EA',
  styk: 'EA',
  stykke: 'EA',
  each: 'EA',
  time: 'HUR',
  timer: 'HUR',
  hour: 'HUR',
  hours: 'HUR',
  dag: 'DAY',
  dage: 'DAY',
  day: 'DAY',
  uge: 'WEE',
  måned: 'MON',
  måneder: 'MON',
  md: 'MON',
  mdr: 'MON',
  month: 'MON',
  år: 'ANN',
  year: 'ANN',
};

export const PRICE_ELEMENT_COLUMNS: readonly PriceElementColumn[] = [
  {
    id: 'contractNumber',
    heading: 'Kontraktnummer',
    aliases: ['kontraktnr', 'kontrakt nr', 'kontrakt', 'contract number'],
    guide: 'Påkrævet. Kontrakten priselementet hører til (i registret eller på arket Kontrakter).',
    required: true,
    width: 16,
  },
  {
    id: 'number',
    heading: 'Nummer',
    aliases: ['nr', 'varenummer', 'linjenummer', 'priselementnummer', 'number'],
    guide:
      'Det nummer, leverandøren skriver på fakturalinjen. Genimport opdaterer priselementet med samme nummer (uden nummer: samme navn).',
    width: 10,
  },
  {
    id: 'name',
    heading: 'Navn',
    aliases: ['priselement', 'ydelse', 'vare', 'varenavn', 'name'],
    guide: 'Påkrævet (højst 200 tegn).',
    required: true,
    width: 30,
  },
  {
    id: 'unitCode',
    heading: 'Enhed',
    aliases: ['enhedskode', 'måleenhed', 'unit', 'unit code'],
    guide: 'UN/ECE-enhedskode, fx EA (stk.), HUR (time), DAY, MON (måned), ANN (år). Tom betyder EA.',
    width: 8,
  },
  {
    id: 'unitPrice',
    heading: 'Enhedspris',
    aliases: ['pris', 'stykpris', 'pris pr enhed', 'pris pr. enhed', 'unit price'],
    guide: 'Påkrævet. Pris i kroner, højst 6 decimaler: 1.234,50 eller et tal.',
    required: true,
    kind: 'decimal',
    width: 14,
  },
  {
    id: 'quantity',
    heading: 'Antal',
    aliases: ['mængde', 'quantity', 'antal enheder'],
    guide: 'Tal, valgfrit.',
    kind: 'decimal',
    width: 10,
  },
  {
    id: 'recurrence',
    heading: 'Gentagelse',
    aliases: ['frekvens', 'periode', 'betales', 'recurrence', 'hyppighed'],
    guide: `En af: ${enumGuide(RECURRENCE_LABELS)}. Tom betyder Engangsbeløb.`,
    width: 14,
  },
  { id: 'validFrom', heading: 'Gyldig fra', aliases: ['fra', 'valid from', 'fra dato'], guide: DATE, kind: 'date', width: 12 },
  { id: 'validTo', heading: 'Gyldig til', aliases: ['til', 'valid to', 'til dato'], guide: DATE, kind: 'date', width: 12 },
  {
    id: 'payingUnits',
    heading: 'Betalende enheder',
    aliases: ['betalende enhed', 'betaler', 'paying units', 'omkostningssted'],
    guide: 'Navne på enheder i organisationen, adskilt af semikolon.',
    width: 24,
  },
  {
    id: 'accountCoding',
    heading: 'Kontering',
    aliases: ['konto', 'kontostreng', 'account coding'],
    guide: 'Fx art og omkostningssted (højst 200 tegn).',
    width: 18,
  },
  { id: 'notes', heading: 'Noter', aliases: ['bemærkninger', 'notes'], guide: text(5000), width: 30 },
];

/**
 * Which column each heading of a sheet holds: a column's own heading first, then the other names it is known
 * by (the first heading wins). Headings that name no column are returned apart.
 */
export function columnsOf<Id extends string>(
  table: Table,
  columns: readonly SheetColumn<Id>[],
): { found: Map<Id, string>; unknown: string[] } {
  const found = new Map<Id, string>();
  const used = new Set<string>();
  for (const pass of ['heading', 'alias'] as const) {
    for (const heading of table.headings) {
      if (used.has(heading)) continue;
      const key = headingKey(heading);
      const column = columns.find((c) =>
        pass === 'heading' ? headingKey(c.heading) === key : c.aliases.some((a) => headingKey(a) === key),
      );
      if (column && !found.has(column.id)) {
        found.set(column.id, heading);
        used.add(heading);
      }
    }
  }
  return { found, unknown: table.headings.filter((h) => !used.has(h)) };
}

/** Whether a row of cells looks like the contract sheet's headings (for sheets with a title above them). */
export function isContractHeadingRow(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(headingKey));
  const number = CONTRACT_COLUMNS[0] as ContractColumn;
  return [number.heading, ...number.aliases].some((h) => keys.has(headingKey(h)));
}
