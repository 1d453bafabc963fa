import {
  type ContractStatus,
  DPA_REQUIREMENTS,
  type DpaRequirement,
  NOTICE_PERIOD_ENDS,
  type NoticePeriodEnd,
  PRICE_REGULATION_KINDS,
  type PriceRegulationKind,
  RENEWALS,
  type Renewal,
  TRANSFERABILITIES,
  type Transferability,
  YES_NO_UNKNOWN,
  type YesNoUnknown,
} from './contract-values.js';
import { CRITICALITIES, CRITICALITY_LABELS, SOCIETALLY_CRITICAL_LABEL } from './criticality.js';
import { CELL_GUIDE, type EnumLabels, type Fields, type FieldsOfKind, type PlainFieldName, plainFieldNames } from './fields.js';

export const NOTICE_PERIOD_END_LABELS: EnumLabels<NoticePeriodEnd> = {
  month: { da: 'Måned', en: 'Month', also: ['udgangen af en måned', 'månedens udgang', 'løbende måned', 'md', 'mdr'] },
  quarter: { da: 'Kvartal', en: 'Quarter', also: ['udgangen af et kvartal', 'kvartalets udgang', 'kvt'] },
  half_year: { da: 'Halvår', en: 'Half-year', also: ['udgangen af et halvår', 'halvårets udgang'] },
  year: { da: 'År', en: 'Year', also: ['udgangen af et år', 'årets udgang', 'kalenderår'] },
  named_month: {
    da: 'En bestemt måned',
    en: 'A given month',
    also: ['bestemt måned', 'udgangen af en bestemt måned', 'given month', 'named month'],
  },
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
export const STATUS_LABELS: EnumLabels<ContractStatus> = {
  draft: { da: 'Kladde', en: 'Draft' },
  active: { da: 'Aktiv', en: 'Active' },
  under_termination: { da: 'Under opsigelse', en: 'Under termination' },
  terminated: { da: 'Opsagt', en: 'Terminated' },
  expired: { da: 'Udløbet', en: 'Expired' },
};

/** Every accepted value of an enum for the guide, in Danish with the English in brackets. */
export function enumGuide<K extends string>(labels: EnumLabels<K>): string {
  return Object.values<EnumLabels<K>[K]>(labels)
    .map((l) => (l.da === l.en ? l.da : `${l.da} (${l.en})`))
    .join(', ');
}

const DATE_GUIDE = CELL_GUIDE.date;
const PERCENT_GUIDE = CELL_GUIDE.percent;

/**
 * The contract register's fields, in the order of the spreadsheet's columns (docs/architecture.md, "A field is
 * declared once"). Adding a plain field: a migration adding its column, and one entry here.
 */
export const CONTRACT_FIELDS = {
  number: {
    kind: 'custom',
    label: { da: 'Kontraktnummer', en: 'Contract number' },
    searched: true,
    column: {
      heading: 'Kontraktnummer',
      aliases: ['kontraktnr', 'kontrakt nr', 'kontrakt-nr', 'aftalenummer', 'aftalenr', 'aftale nr', 'contract number', 'nr'],
      guide: 'Påkrævet. Entydigt i organisationen; en genimport opdaterer kontrakten med samme nummer.',
      required: true,
      width: 16,
    },
  },
  name: {
    kind: 'custom',
    label: { da: 'Navn', en: 'Name' },
    searched: true,
    column: {
      heading: 'Navn',
      aliases: ['aftalenavn', 'kontraktnavn', 'kontrakt', 'aftale', 'titel', 'name', 'kontrakttitel'],
      guide: 'Påkrævet. Kontraktens navn (højst 200 tegn).',
      required: true,
      width: 32,
    },
  },
  description: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Beskrivelse', en: 'Description' },
    searched: true,
    column: { heading: 'Beskrivelse', aliases: ['description', 'indhold'], width: 40 },
  },
  supplier: {
    kind: 'custom',
    label: { da: 'Leverandør', en: 'Supplier' },
    column: {
      heading: 'Leverandør',
      aliases: ['leverandørnavn', 'leverandoer', 'supplier', 'leverandørens navn'],
      guide:
        'Leverandørens navn, som i leverandørregistret. Uden CVR-nummer skal navnet findes (store og små bogstaver er ligegyldige).',
      width: 28,
    },
  },
  supplierCvr: {
    kind: 'custom',
    label: { da: 'Leverandørens CVR-nummer', en: "Supplier's CVR number" },
    column: {
      heading: 'Leverandørens CVR-nummer',
      aliases: ['cvr', 'cvr-nr', 'cvr nr', 'cvrnummer', 'cvr-nummer', 'leverandør cvr', 'leverandør cvr-nr', 'supplier cvr'],
      guide:
        'Finder leverandøren efter CVR-nummer. Findes den ikke, oprettes den med navnet i kolonnen Leverandør (CVR-nummeret modulus 11-kontrolleres).',
      width: 14,
    },
  },
  systemName: {
    kind: 'text',
    max: 200,
    label: { da: 'System', en: 'System' },
    searched: true,
    column: { heading: 'System', aliases: ['systemnavn', 'it-system', 'system name', 'fagsystem'], width: 20 },
  },
  contractType: {
    kind: 'option',
    list: 'contract_type',
    label: { da: 'Kontrakttype', en: 'Contract type' },
    column: {
      heading: 'Kontrakttype',
      aliases: ['type', 'aftaletype', 'contract type', 'kontraktform'],
      guide: 'En værdi fra værdilisten Kontrakttype.',
      width: 18,
    },
  },
  parent: {
    kind: 'custom',
    label: { da: 'Hovedkontrakt', en: 'Main contract' },
    column: {
      heading: 'Hovedkontrakt',
      aliases: ['hovedkontraktnummer', 'hovedkontrakt nr', 'overordnet kontrakt', 'parent contract', 'tillæg til'],
      guide: 'For en tillægskontrakt: hovedkontraktens kontraktnummer (i registret eller i samme fil).',
      width: 16,
    },
  },
  template: {
    kind: 'option',
    list: 'contract_template',
    label: { da: 'Skabelon', en: 'Template' },
    column: {
      heading: 'Skabelon',
      aliases: ['kontraktskabelon', 'template', 'kontraktgrundlag', 'standardkontrakt'],
      guide: 'En værdi fra værdilisten Skabelon, fx K02 eller K03.',
      width: 14,
    },
  },
  procurementForm: {
    kind: 'option',
    list: 'procurement_form',
    label: { da: 'Udbudsform', en: 'Procurement form' },
    column: {
      heading: 'Udbudsform',
      aliases: ['indkøbsform', 'procurement form', 'udbud', 'anskaffelsesform'],
      guide: 'En værdi fra værdilisten Udbudsform.',
      width: 18,
    },
  },
  skiAgreementNumber: {
    kind: 'text',
    max: 50,
    label: { da: 'SKI-aftalenummer', en: 'SKI agreement number' },
    searched: true,
    column: {
      heading: 'SKI-aftalenummer',
      aliases: ['ski aftale', 'ski-aftale', 'ski nr', 'ski-nr', 'ski aftalenr', 'ski agreement', 'rammeaftale nr'],
      guide: 'Fx 02.19 (højst 50 tegn).',
      width: 14,
    },
  },
  agreementElements: {
    kind: 'custom',
    label: { da: 'Aftaleelementer', en: 'Agreement elements' },
    column: {
      heading: 'Aftaleelementer',
      aliases: ['aftaleelement', 'ydelser', 'agreement elements', 'elementer'],
      guide: 'Værdier fra værdilisten Aftaleelementer, adskilt af semikolon, fx Licens; Drift.',
      width: 24,
    },
  },
  criticality: {
    kind: 'enum',
    values: CRITICALITIES,
    labels: CRITICALITY_LABELS,
    label: { da: 'Kritikalitet', en: 'Criticality' },
    description:
      "How much the organisation's work depends on the contract, on the one ordered scale lav < middel < hoej < kritisk",
    column: {
      heading: 'Kritikalitet',
      aliases: ['criticality', 'kritiskhed'],
      guide: `Hvor meget kommunens arbejde afhænger af kontrakten. En af: ${enumGuide(CRITICALITY_LABELS)} (fra lav til kritisk).`,
      width: 12,
    },
  },
  societallyCritical: {
    kind: 'yesNo',
    label: SOCIETALLY_CRITICAL_LABEL,
    description: 'The contract supports a societally critical function (the mark the NIS2 work uses)',
    web: {
      hint: {
        da: 'Kontrakten understøtter en samfundskritisk funktion (NIS2), uanset hvor kritisk den er for kommunens eget arbejde.',
        en: "The contract supports a societally critical function (NIS2), whatever its criticality for the organisation's own work.",
      },
    },
    column: {
      heading: 'Samfundskritisk',
      aliases: ['societally critical', 'samfundskritisk funktion', 'nis2'],
      guide: 'Ja, hvis kontrakten understøtter en samfundskritisk funktion (NIS2). Tom betyder Nej.',
      width: 12,
    },
  },
  tags: {
    kind: 'custom',
    label: { da: 'Tags', en: 'Tags' },
    searched: true,
    column: {
      heading: 'Tags',
      aliases: ['tag', 'nøgleord', 'emneord', 'mærker'],
      guide: 'Fritekst adskilt af semikolon (højst 50 tegn hver).',
      width: 20,
    },
  },
  responsibleUnit: {
    kind: 'custom',
    label: { da: 'Ansvarlig enhed', en: 'Responsible unit' },
    column: {
      heading: 'Ansvarlig enhed',
      aliases: ['enhed', 'afdeling', 'forvaltning', 'ansvarlig afdeling', 'responsible unit', 'center'],
      guide: 'Navnet på en enhed i organisationen.',
      width: 22,
    },
  },
  responsibilities: {
    kind: 'custom',
    label: { da: 'Ansvarlige', en: 'Responsible people' },
    column: {
      heading: 'Ansvarlige',
      aliases: ['ansvar', 'roller', 'responsibilities', 'kontraktansvarlige'],
      guide:
        'Rolle: e-mailadresse for hver ansvarlig, adskilt af semikolon, fx Systemejer: navn@kommune.dk. Personen skal være medlem af organisationen.',
      width: 36,
    },
  },
  signedOn: {
    kind: 'date',
    label: { da: 'Underskrevet', en: 'Signed' },
    column: {
      heading: 'Underskrevet',
      aliases: ['underskriftsdato', 'underskrevet den', 'kontraktdato', 'signed', 'signed on'],
      width: 12,
    },
  },
  inForceFrom: {
    kind: 'date',
    label: { da: 'I kraft fra', en: 'In force from' },
    column: {
      heading: 'I kraft fra',
      aliases: ['ikrafttræden', 'ikrafttrædelse', 'ikrafttrædelsesdato', 'startdato', 'start', 'gældende fra', 'in force from'],
      guide: `${DATE_GUIDE} Uden denne dato er kontrakten en kladde.`,
      width: 12,
    },
  },
  operationsStartOn: {
    kind: 'date',
    label: { da: 'Driftsstart', en: 'Operations start' },
    column: {
      heading: 'Driftsstart',
      aliases: ['idriftsættelse', 'i drift fra', 'driftsstartdato', 'operations start'],
      width: 12,
    },
  },
  termMonths: {
    kind: 'custom',
    label: { da: 'Løbetid i måneder', en: 'Term in months' },
    column: {
      heading: 'Løbetid (mdr.)',
      aliases: ['løbetid', 'løbetid i måneder', 'løbetid måneder', 'varighed', 'term', 'term months'],
      guide:
        'Løbetiden: et antal måneder (fx 48, "48 mdr." eller "4 år") fra I kraft fra, eller "løbende". Er både løbetid og udløbsdato tomme, er kontrakten løbende.',
      width: 12,
      cell: 'integer',
    },
  },
  termEndsOn: {
    kind: 'custom',
    label: { da: 'Slutdato', en: 'End date' },
    column: {
      heading: 'Udløbsdato',
      aliases: ['udløb', 'udløber', 'slutdato', 'ophørsdato', 'kontraktudløb', 'end date', 'term ends on', 'gældende til'],
      guide: `Løbetiden som en slutdato (sidste dag). ${DATE_GUIDE} Udfyld enten denne eller Løbetid (mdr.).`,
      width: 12,
      cell: 'date',
    },
  },
  irrevocableUntil: {
    kind: 'date',
    label: { da: 'Uopsigelig til og med', en: 'Irrevocable until' },
    column: {
      heading: 'Uopsigelig til',
      aliases: ['uopsigelighed', 'uopsigelig indtil', 'uopsigelig til og med', 'irrevocable until'],
      width: 12,
    },
  },
  noticeMonths: {
    kind: 'months',
    min: 0,
    max: 120,
    label: { da: 'Opsigelsesvarsel (måneder)', en: 'Notice period (months)' },
    column: {
      heading: 'Opsigelsesvarsel (mdr.)',
      aliases: [
        'opsigelsesvarsel',
        'opsigelsesvarsel måneder',
        'opsigelsesvarsel i måneder',
        'varsel',
        'notice',
        'notice months',
      ],
      guide: 'Hele måneder, fx 6 eller "6 mdr.".',
      width: 12,
    },
  },
  noticePeriodEnd: {
    kind: 'enum',
    values: NOTICE_PERIOD_ENDS,
    labels: NOTICE_PERIOD_END_LABELS,
    label: { da: 'Periodeafslutning', en: 'Notice runs to' },
    description: 'Notice runs to the end of a month, quarter, half-year or year',
    column: {
      heading: 'Opsigelse til udgangen af',
      aliases: ['periodeafslutning', 'opsigelse til', 'varsel til', 'notice period end', 'notice runs to'],
      guide: `En af: ${enumGuide(NOTICE_PERIOD_END_LABELS)}. Tom: varslet regnes fra dag til dag.`,
      width: 14,
    },
  },
  noticeEndMonth: {
    kind: 'monthOfYear',
    label: { da: 'Opsigelsesmåned', en: 'Notice month' },
    description: 'With noticePeriodEnd named_month: the month (1 = January … 12 = December) whose last day notice runs to',
    column: {
      heading: 'Opsigelsesmåned',
      aliases: ['opsigelse til udgangen af måned', 'måned for opsigelse', 'varsel til måned', 'notice month', 'notice end month'],
      guide: `Kun når "Opsigelse til udgangen af" er ${NOTICE_PERIOD_END_LABELS.named_month.da}: ${CELL_GUIDE.monthOfYear.toLowerCase()}`,
      width: 12,
    },
  },
  renewal: {
    kind: 'enum',
    values: RENEWALS,
    labels: RENEWAL_LABELS,
    default: 'none',
    label: { da: 'Forlængelse', en: 'Renewal' },
    description: 'none: ends at the term end; automatic: tacit renewal by renewalMonths; by_agreement: only if agreed',
    column: {
      heading: 'Forlængelse',
      aliases: ['fornyelse', 'automatisk forlængelse', 'renewal'],
      guide: `En af: ${enumGuide(RENEWAL_LABELS)}. Tom betyder Ingen.`,
      width: 14,
    },
  },
  renewalMonths: {
    kind: 'months',
    min: 1,
    max: 1200,
    label: { da: 'Forlænges med (måneder)', en: 'Renewed by (months)' },
    column: {
      heading: 'Forlænges med (mdr.)',
      aliases: ['forlængelsesperiode', 'forlængelsesperiode mdr', 'fornyelsesperiode', 'renewal months'],
      guide: 'Ved automatisk forlængelse: måneder ad gangen.',
      width: 12,
    },
  },
  terminationGivenOn: {
    kind: 'date',
    label: { da: 'Opsagt den', en: 'Termination given on' },
    column: { heading: 'Opsagt den', aliases: ['opsigelsesdato', 'opsagt', 'termination given on'], width: 12 },
  },
  terminationEffectiveOn: {
    kind: 'date',
    label: { da: 'Opsigelsen har virkning fra', en: 'Termination effective on' },
    column: {
      heading: 'Opsigelsen har virkning fra',
      aliases: ['ophører', 'ophør', 'opsagt til', 'termination effective on'],
      guide: `${DATE_GUIDE} Kun når kontrakten er opsagt.`,
      width: 12,
    },
  },
  earlyTermination: {
    kind: 'yesNo',
    label: { da: 'Kan opsiges i løbetiden', en: 'Can be terminated during the term' },
    description: 'A fixed-term contract may be terminated with notice during its term (opsigelse i løbetiden)',
    column: {
      heading: 'Kan opsiges i løbetiden',
      aliases: ['opsigelse i løbetiden', 'opsigelig i løbetiden', 'early termination'],
      guide: 'Ja, hvis en tidsbegrænset kontrakt kan opsiges før udløb med opsigelsesvarslet. Tom betyder Nej.',
      width: 12,
    },
  },
  exitClause: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Exitbestemmelser', en: 'Exit terms' },
    searched: true,
    column: { heading: 'Exitbestemmelser', aliases: ['exit', 'exitklausul', 'exit clause', 'exitplan'], width: 30 },
  },
  dataReturn: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Tilbagelevering af data', en: 'Return of data' },
    searched: true,
    column: { heading: 'Tilbagelevering af data', aliases: ['datatilbagelevering', 'data return'], width: 30 },
  },
  archivingDuty: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Arkiveringspligt', en: 'Archiving duty' },
    searched: true,
    column: { heading: 'Arkiveringspligt', aliases: ['arkivering', 'archiving duty'], width: 24 },
  },
  transferability: {
    kind: 'enum',
    values: TRANSFERABILITIES,
    labels: TRANSFERABILITY_LABELS,
    label: { da: 'Overdragelse til anden leverandør', en: 'Transfer to another supplier' },
    description: 'How hard it is to move to another supplier (exit assessment)',
    column: {
      heading: 'Overdragelse til anden leverandør',
      aliases: ['flytbarhed', 'leverandørskifte', 'overdragelse', 'transferability'],
      width: 14,
    },
  },
  transferabilityNote: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Note om overdragelse', en: 'Note on transfer' },
    searched: true,
    column: { heading: 'Note om overdragelse', aliases: ['transferability note', 'note overdragelse'], width: 30 },
  },
  currency: {
    kind: 'custom',
    label: { da: 'Valuta', en: 'Currency' },
    column: {
      heading: 'Valuta',
      aliases: ['currency', 'møntfod'],
      guide: 'ISO 4217, fx DKK eller EUR. Tom betyder DKK.',
      width: 8,
    },
  },
  totalValue: {
    kind: 'money',
    label: { da: 'Samlet værdi', en: 'Total value' },
    column: {
      heading: 'Samlet værdi',
      aliases: ['kontraktsum', 'kontraktværdi', 'samlet kontraktsum', 'samlet kontraktværdi', 'total value', 'værdi'],
      width: 16,
    },
  },
  annualCost: {
    kind: 'money',
    label: { da: 'Årlig omkostning', en: 'Annual cost' },
    column: {
      heading: 'Årlig omkostning',
      aliases: ['årlig pris', 'årlige omkostninger', 'årlig udgift', 'pris pr år', 'pris pr. år', 'årligt beløb', 'annual cost'],
      width: 16,
    },
  },
  paymentModel: {
    kind: 'option',
    list: 'payment_model',
    label: { da: 'Betalingsmodel', en: 'Payment model' },
    column: {
      heading: 'Betalingsmodel',
      aliases: ['prismodel', 'afregningsmodel', 'payment model'],
      guide: 'En værdi fra værdilisten Betalingsmodel.',
      width: 16,
    },
  },
  paymentFrequency: {
    kind: 'option',
    list: 'payment_frequency',
    label: { da: 'Betalingsfrekvens', en: 'Payment frequency' },
    column: {
      heading: 'Betalingsfrekvens',
      aliases: ['faktureringsfrekvens', 'betalingsterminer', 'fakturering', 'payment frequency'],
      guide: 'En værdi fra værdilisten Betalingsfrekvens.',
      width: 16,
    },
  },
  budgetAccount: {
    kind: 'text',
    max: 100,
    label: { da: 'Budgetkonto', en: 'Budget account' },
    searched: true,
    web: {
      section: 'economy',
      hint: {
        da: 'Kontoen eller omkostningsstedet i økonomisystemet, som kontrakten konteres på.',
        en: "The finance system's account or cost centre the contract is charged to.",
      },
    },
    column: {
      heading: 'Budgetkonto',
      aliases: ['omkostningssted', 'budget account', 'cost centre', 'konteres på'],
      width: 18,
    },
  },
  priceRegulation: {
    kind: 'enum',
    values: PRICE_REGULATION_KINDS,
    labels: PRICE_REGULATION_LABELS,
    default: 'none',
    label: { da: 'Prisregulering', en: 'Price regulation' },
    column: {
      heading: 'Prisregulering',
      aliases: ['price regulation', 'prisreguleringsform', 'reguleringsform'],
      guide: `En af: ${enumGuide(PRICE_REGULATION_LABELS)}. Tom betyder Ingen.`,
      width: 14,
    },
  },
  priceIndex: {
    kind: 'text',
    max: 100,
    label: { da: 'Indeks', en: 'Index' },
    column: {
      heading: 'Indeks',
      aliases: ['prisindeks', 'reguleringsindeks', 'price index'],
      guide: 'Påkrævet ved regulering efter indeks, fx nettoprisindeks.',
      width: 18,
    },
  },
  priceIndexBaseMonth: {
    kind: 'custom',
    label: { da: 'Basismåned', en: 'Base month' },
    column: {
      heading: 'Basismåned',
      aliases: ['indeks basismåned', 'basisindeks', 'base month'],
      guide: 'Måned og år: 2024-10, 10-2024 eller okt 2024.',
      width: 12,
    },
  },
  priceRegulationDate: {
    kind: 'custom',
    label: { da: 'Reguleringsdato hvert år', en: 'Yearly regulation date' },
    column: {
      heading: 'Reguleringsdato (dd-mm)',
      aliases: ['reguleringsdato', 'reguleringsdato hvert år', 'regulation date'],
      guide: 'Dag og måned hvert år, fx 01-07 for 1. juli.',
      width: 12,
    },
  },
  priceRegulationPercent: {
    kind: 'decimal',
    label: { da: 'Regulering (%)', en: 'Regulation (%)' },
    column: {
      heading: 'Regulering (%)',
      aliases: ['reguleringsprocent', 'fast procent', 'regulation percent'],
      guide: `${PERCENT_GUIDE} Kun ved fast procent.`,
      width: 10,
    },
  },
  priceRegulationCapPercent: {
    kind: 'decimal',
    label: { da: 'Loft (%)', en: 'Cap (%)' },
    column: { heading: 'Loft (%)', aliases: ['loft', 'reguleringsloft', 'cap'], width: 10 },
  },
  priceRegulationFloorPercent: {
    kind: 'decimal',
    label: { da: 'Bund (%)', en: 'Floor (%)' },
    column: { heading: 'Bund (%)', aliases: ['bund', 'gulv', 'gulv (%)', 'floor'], width: 10 },
  },
  personalData: {
    kind: 'enum',
    values: YES_NO_UNKNOWN,
    labels: YES_NO_UNKNOWN_LABELS,
    label: { da: 'Personoplysninger', en: 'Personal data' },
    column: {
      heading: 'Personoplysninger',
      aliases: ['persondata', 'behandler personoplysninger', 'personal data'],
      guide: `Behandler leverandøren personoplysninger? En af: ${enumGuide(YES_NO_UNKNOWN_LABELS)}.`,
      width: 12,
    },
  },
  dpaRequired: {
    kind: 'enum',
    values: DPA_REQUIREMENTS,
    labels: DPA_LABELS,
    label: { da: 'Databehandleraftale påkrævet', en: 'Data processing agreement required' },
    description:
      'Whether a data-processing agreement (databehandleraftale) is required; by_law: the processing has a legal basis instead',
    column: {
      heading: 'Databehandleraftale påkrævet',
      aliases: ['databehandleraftale', 'dba', 'dba påkrævet', 'dpa required'],
      width: 14,
    },
  },
  dpaReference: {
    kind: 'text',
    max: 2000,
    label: { da: 'Reference til databehandleraftalen', en: 'Reference to the data processing agreement' },
    searched: true,
    column: {
      heading: 'Reference til databehandleraftalen',
      aliases: ['dba reference', 'databehandleraftale reference', 'dpa reference'],
      width: 24,
    },
  },
  esdhReference: {
    kind: 'text',
    max: 200,
    label: { da: 'ESDH-/journalnummer', en: 'Records/journal number' },
    searched: true,
    web: {
      section: 'references',
      inputId: 'references-esdh',
      hint: { da: 'Sagens nummer i jeres ESDH-system.', en: 'The case number in your records system.' },
    },
    column: {
      heading: 'ESDH-/journalnummer',
      aliases: ['esdh', 'esdh-reference', 'esdh reference', 'journalnummer', 'journalnr', 'sagsnummer', 'sagsnr'],
      width: 18,
    },
  },
  links: {
    kind: 'custom',
    label: { da: 'Links', en: 'Links' },
    column: {
      heading: 'Links',
      aliases: ['link', 'links', 'url'],
      guide: 'Tekst: adresse, adskilt af semikolon, fx Kontrakt: https://esdh.kommune.dk/sag/1.',
      width: 30,
    },
  },
  notes: {
    kind: 'text',
    max: 20_000,
    label: { da: 'Noter', en: 'Notes' },
    searched: true,
    column: { heading: 'Noter', aliases: ['bemærkninger', 'notes', 'kommentarer', 'note'], width: 30 },
  },
  status: {
    kind: 'custom',
    label: { da: 'Status', en: 'Status' },
    column: {
      heading: 'Status (beregnet)',
      aliases: ['status'],
      guide: `Kun til læsning: beregnes ud fra datoerne og ignoreres ved import. ${enumGuide(STATUS_LABELS)}.`,
      readOnly: true,
      width: 16,
    },
  },
  endsOn: {
    kind: 'custom',
    label: { da: 'Udløber', en: 'Ends' },
    column: {
      heading: 'Slutdato (beregnet)',
      aliases: [],
      guide: 'Kun til læsning: den dag kontrakten ophører, hvis intet andet sker (opsigelse, løbetid, udnyttede optioner).',
      readOnly: true,
      width: 14,
      cell: 'date',
    },
  },
} as const satisfies Fields;

export type ContractFields = typeof CONTRACT_FIELDS;
/** The contract's fields that are stored, sent, read and written by their kind alone. */
export type ContractPlainField = PlainFieldName<ContractFields>;
export type ContractTextField = FieldsOfKind<ContractFields, 'text'>;

/** The plain fields, in column order. */
export const CONTRACT_PLAIN_FIELDS: readonly ContractPlainField[] = plainFieldNames(CONTRACT_FIELDS);
