import type * as Api from '@overblik/api';
import { addMonths, type CalendarDate, type Criticality, lastDayOfMonth, type Segment } from '@overblik/core';

/**
 * The demo organisation's register: invented suppliers (fictional names; CVR numbers generated to pass the
 * modulus-11 check), units and about fifty contracts in the shape of a Danish municipality's IT portfolio.
 * Dates are relative to the first day of the current month, so every status occurs whenever the demo is
 * made (drafts, active, under termination, terminated, expired, and contracts ending within 90 days), and a
 * refresh in the same month changes nothing.
 *
 * The contracts are written compactly (one chain of steps per contract, see `Draft`) and expanded into the
 * request-shaped objects `demo.ts` writes through the register's use cases.
 */

export type DemoSupplier = Omit<Api.CreateSupplierRequest, 'cvr'> & { key: string; cvr?: string | null };
export type DemoUnit = { name: string; parent: string | null };
export type DemoPriceElement = Omit<Api.CreatePriceElementRequest, 'payingUnitIds'> & { payingUnits?: string[] };
export type DemoOption = Api.CreateContractOptionRequest & { description: string };
export type DemoContract = Omit<Api.CreateContractRequest, 'supplierId' | 'parentId' | 'responsibleUnitId'> & {
  supplier: string | null;
  parent?: string;
  unit?: string;
  priceElements?: DemoPriceElement[];
  options?: DemoOption[];
};

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

/**
 * A CVR number that passes the modulus-11 check, made from a seed: the same seed gives the same number, and
 * different seeds (below 70,000) different numbers.
 */
export function demoCvr(seed: number): string {
  for (let attempt = 0; ; attempt++) {
    const n = seed * 100 + attempt;
    const first = String(3_000_000 + ((n * 7_919_311) % 6_999_999)).padStart(7, '0');
    const sum = [...first].reduce((total, digit, i) => total + Number(digit) * (CVR_WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return `${first}${check}`;
  }
}

/** The units by the short key the contracts below use: [name, parent's key]. */
const UNITS = {
  dir: ['Direktionen', null],
  oek: ['Økonomi og Personale', 'dir'],
  bsd: ['Borgerservice og Digitalisering', 'dir'],
  it: ['IT og Digitalisering', 'bsd'],
  bu: ['Børn og Unge', 'dir'],
  skole: ['Skoler og Dagtilbud', 'bu'],
  social: ['Social, Sundhed og Ældre', 'dir'],
  teknik: ['Teknik og Miljø', 'dir'],
} as const;
type Unit = keyof typeof UNITS;

export const DEMO_UNITS: readonly DemoUnit[] = Object.values(UNITS).map(([name, parent]) => ({
  name,
  parent: parent && UNITS[parent][0],
}));

const s = (key: string, seed: number, name: string, city: string, classification: string): DemoSupplier => ({
  key,
  name,
  cvr: demoCvr(seed),
  city,
  classification,
  notes: 'Opdigtet leverandør (demodata).',
});

export const DEMO_SUPPLIERS: readonly DemoSupplier[] = [
  s('nordlys', 11, 'Nordlys Data A/S', 'Aarhus C', 'strategisk'),
  s('kvartz', 12, 'Kvartz Lønsystemer ApS', 'Odense C', 'strategisk'),
  s('arkivaris', 13, 'Arkivaris Systemer A/S', 'Kolding', 'strategisk'),
  s('borgerflow', 14, 'Borgerflow A/S', 'København V', 'vigtig'),
  s('klasselinjen', 15, 'Klasselinjen ApS', 'Aalborg', 'vigtig'),
  s('fjordhosting', 16, 'Fjordhosting A/S', 'Vejle', 'strategisk'),
  s('netvaerk', 17, 'Netværksgruppen Vest A/S', 'Herning', 'vigtig'),
  s('printpartner', 18, 'PrintPartner Danmark A/S', 'Glostrup', 'standard'),
  s('licenshuset', 19, 'Licenshuset Nord A/S', 'Hjørring', 'vigtig'),
  s('boelge', 20, 'Bølge Rådgivning ApS', 'Roskilde', 'lille'),
  s('digitalraad', 21, 'Digitalrådgiverne I/S', 'Silkeborg', 'standard'),
  s('sagsbro', 22, 'Sagsbro Software A/S', 'Horsens', 'vigtig'),
  s('omsorgsdata', 23, 'Omsorgsdata A/S', 'Esbjerg', 'strategisk'),
  s('kortvaerket', 24, 'Kortværket ApS', 'Viborg', 'standard'),
  s('vagten', 25, 'Sikkerhedsvagten Digital A/S', 'Ballerup', 'vigtig'),
  s('telefoni', 26, 'Kommunetelefoni Danmark A/S', 'Taastrup', 'standard'),
  s('identitet', 27, 'Identitetsbroen A/S', 'Lyngby', 'vigtig'),
  s('faelles', 28, 'Fælleskommunal Systemforvaltning I/S', 'København S', 'strategisk'),
  s('moedebook', 29, 'Mødebooking Nord ApS', 'Randers', 'lille'),
  {
    key: 'oestersjoe',
    name: 'Östersjö Mjukvara AB',
    country: 'SE',
    foreignId: 'SE556001122301',
    city: 'Malmö',
    classification: 'standard',
    notes: 'Opdigtet udenlandsk leverandør (demodata).',
  },
];

/** Demo fields, where undefined means "not given" (and is dropped, so `CONTRACT_DEFAULTS` applies). */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
type Fields = Loose<DemoContract>;
/** "6 quarter": six months to the end of a quarter; "3 named_month 6": three months to the end of June. */
type Notice =
  | `${number} ${Exclude<NonNullable<DemoContract['noticePeriodEnd']>, 'named_month'>}`
  | `${number} named_month ${number}`;

/** The order of a demo contract's fields (as the register's forms list them), whatever order they were given in. */
const FIELD_ORDER = [
  ...['number', 'name', 'supplier', 'parent', 'systemName', 'contractType', 'template', 'procurementForm'],
  ...['skiAgreementNumber', 'agreementElements', 'criticality', 'tags', 'unit', 'signedOn', 'inForceFrom'],
  ...['operationsStartOn', 'termKind', 'termMonths', 'termEndsOn', 'irrevocableUntil', 'noticeMonths', 'noticePeriodEnd'],
  ...[
    'noticeEndMonth',
    'renewal',
    'renewalMonths',
    'terminationGivenOn',
    'terminationEffectiveOn',
    'currency',
    'totalValue',
    'annualCost',
  ],
  ...['paymentModel', 'paymentFrequency', 'priceRegulation', 'priceIndex', 'priceIndexBaseMonth', 'priceRegulationPercent'],
  ...['priceRegulationDate', 'priceRegulationCapPercent', 'personalData', 'dpaRequired', 'dpaReference', 'transferability'],
  ...['transferabilityNote', 'exitClause', 'dataReturn', 'archivingDuty', 'esdhReference', 'links', 'notes', 'options'],
  'priceElements',
] as const satisfies ReadonlyArray<keyof DemoContract>;

/** `value` without the keys that are undefined. */
const defined = <T extends object>(value: Loose<T>): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** A demo contract being described, one step per group of facts; `contract` is the finished object. */
class Draft {
  private readonly options: DemoOption[] = [];
  private readonly priceElements: DemoPriceElement[] = [];

  constructor(private readonly fields: Fields) {}

  /** "type template procurement-form [SKI agreement]", the agreement elements (space-separated), criticality, system. */
  kind(kind: string, elements: string, criticality: Criticality, systemName?: string) {
    const [contractType, template, procurementForm, skiAgreementNumber] = kind.split(' ');
    return this.with({ contractType, template, procurementForm, skiAgreementNumber, systemName }).covers(elements, criticality);
  }

  /** The agreement elements (space-separated) and the criticality. */
  covers(elements: string, criticality: Criticality) {
    return this.with({ agreementElements: elements ? elements.split(' ') : [], criticality });
  }

  /**
   * In force from `from` (null: a draft without the date) for `term` (months, until a date, or 'ongoing'), with
   * `notice` ("6 quarter": six months to the end of a quarter), `payment` ("model frequency") and the amounts in
   * whole units of the currency.
   */
  runs(
    from: CalendarDate | null,
    term: number | 'ongoing' | CalendarDate,
    notice?: Notice | null,
    payment = '',
    amounts: { total?: number; annual?: number } = {},
  ) {
    const [noticeMonths, noticePeriodEnd, noticeEndMonth] = notice?.split(' ') ?? [];
    const [paymentModel, paymentFrequency] = payment ? payment.split(' ') : [];
    const money = (n?: number) => n?.toFixed(2);
    return this.with({
      inForceFrom: from ?? undefined,
      ...(typeof term === 'number'
        ? { termKind: 'months', termMonths: term }
        : term === 'ongoing'
          ? { termKind: 'ongoing' }
          : { termKind: 'end_date', termEndsOn: term }),
      noticeMonths: noticeMonths ? Number(noticeMonths) : undefined,
      noticePeriodEnd: noticePeriodEnd as DemoContract['noticePeriodEnd'] | undefined,
      noticeEndMonth: noticeEndMonth ? Number(noticeEndMonth) : undefined,
      totalValue: money(amounts.total),
      annualCost: money(amounts.annual),
      paymentModel,
      paymentFrequency,
    });
  }

  /** An extension option of `periods` × `months`, its description made from them. */
  extension(periods: number, months: number, leadTimeMonths: number, exercise: Loose<DemoOption> = {}) {
    const description = `Forlængelse ${periods} × ${months} måneder`;
    this.options.push(defined({ kind: 'extension', description, periods, periodMonths: months, leadTimeMonths, ...exercise }));
    return this;
  }

  purchase(description: string, latestExerciseOn: CalendarDate) {
    this.options.push({ kind: 'purchase', description, latestExerciseOn });
    return this;
  }

  /** A price element; `terms` is "unit-price [× quantity] unit-code recurrence", e.g. "62500 × 12 MON monthly". */
  price(number: string, name: string, terms: string, paying?: Unit[], more: Loose<DemoPriceElement> = {}) {
    const words = terms.split(' ');
    const [unitCode, recurrence] = words.slice(-2) as [string, DemoPriceElement['recurrence']];
    const quantity = words[1] === '×' ? words[2] : undefined;
    const payingUnits = paying?.map((unit) => UNITS[unit][0]);
    const { validFrom, validTo, accountCoding, notes } = more;
    const element = { number, name, unitCode, unitPrice: words[0] ?? '', quantity, recurrence, validFrom, validTo };
    this.priceElements.push(defined({ ...element, payingUnits, accountCoding, notes }));
    return this;
  }

  with(...fields: Fields[]) {
    for (const f of fields) Object.assign(this.fields, defined(f));
    return this;
  }

  get contract(): DemoContract {
    const lists = { options: this.options, priceElements: this.priceElements };
    const all: Fields = { ...this.fields, ...Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length)) };
    return defined<DemoContract>(Object.fromEntries(FIELD_ORDER.map((key) => [key, all[key]])) as Fields);
  }
}

/** The demo's contracts as of `today` (a calendar date in Denmark). */
export function demoContracts(today: CalendarDate): DemoContract[] {
  // The first day of today's month, and a day of another month (`YYYY-MM-` and two digits): `YYYY-MM-DD` dates.
  const anchor = `${today.slice(0, 7)}-01` as CalendarDate;
  /** A day in the month `n` months from this month. */
  const on = (n: number, day = 1) => `${addMonths(anchor, n).slice(0, 8)}${String(day).padStart(2, '0')}` as CalendarDate;
  /** The last day of the month `n` months from this month. */
  const endOf = (n: number) => lastDayOfMonth(addMonths(anchor, n));
  /** Regulated by the net price index, from the index of 15 months ago, capped at `capPercent`. */
  const index = (capPercent = '3', date = '01-01'): Fields => ({
    priceRegulation: 'index',
    priceIndex: 'Nettoprisindeks (Danmarks Statistik)',
    priceIndexBaseMonth: on(-15).slice(0, 7),
    priceRegulationDate: date,
    priceRegulationCapPercent: capPercent,
  });
  const fixedPercent = (percent: string): Fields => ({
    priceRegulation: 'fixed_percent',
    priceRegulationPercent: percent,
    priceRegulationDate: '01-01',
  });
  const renews = (renewalMonths: number): Fields => ({ renewal: 'automatic', renewalMonths });
  const terminated = (given: CalendarDate, effective: CalendarDate): Fields => ({
    terminationGivenOn: given,
    terminationEffectiveOn: effective,
  });
  const dpa = (dpaReference?: string): Fields => ({ personalData: 'yes', dpaRequired: 'yes', dpaReference });
  /** The case number in ESDH: the year 30 months ago and the contract's number. */
  const esdh = (n: number): Fields => ({ esdhReference: `${on(-30).slice(0, 4)}-${String(4000 + n).padStart(6, '0')}` });
  /** How hard the service is to move to another supplier. */
  const moves = (transferability: DemoContract['transferability']): Fields => ({ transferability });

  const drafts = new Map<string, Draft>();
  /** A contract; `tags` comma-separated. */
  const contract = (number: string, name: string, supplier: string, unit: Unit, tags: string) => {
    const draft = new Draft({ number, name, supplier, unit: UNITS[unit][0], tags: tags.split(', ') });
    drafts.set(number, draft);
    return draft;
  };
  /** A tillæg ("DEMO-001-T1") to the main contract before it, with its supplier, unit, system and template. */
  const tillaeg = (number: string, name: string, tags: string) => {
    const parent = number.replace(/-T\d+$/, '');
    const main = drafts.get(parent)?.contract;
    const draft = new Draft({ number, name, supplier: main?.supplier ?? null, parent, unit: main?.unit, tags: tags.split(', ') });
    return draft.with({ systemName: main?.systemName, contractType: 'tillaegskontrakt', template: main?.template });
  };

  return [
    // --- ERP / økonomi: hovedkontrakt (K03) with two tillæg, index regulation, an extension option half used.
    contract('DEMO-001', 'Økonomisystem (ERP)', 'nordlys', 'oek', 'Økonomi, ERP')
      .kind('hovedkontrakt k03 eu_udbud', 'licens drift support vedligehold', 'kritisk', 'Nordlys Økonomi')
      .runs(on(-38), 48, '12 year', 'licens_flatrate kvartalsvis', { total: 9_600_000, annual: 2_400_000 })
      .with({ signedOn: on(-40, 12), operationsStartOn: on(-32), irrevocableUntil: endOf(-15) })
      .with(index('3.5'), dpa('Databehandleraftale bilag 12'), esdh(1))
      .with({
        transferability: 'difficult',
        transferabilityNote: 'Konvertering af historiske posteringer kræver et selvstændigt projekt.',
        exitClause: 'Leverandøren bistår ved exit i op til 12 måneder efter aftalte timepriser.',
        dataReturn: 'Alle data udleveres i CSV og SAF-T inden for 30 dage.',
        archivingDuty: 'Afleveres til arkivet efter arkivlovens regler.',
        links: [{ label: 'Kontrakt i ESDH', url: 'https://esdh.demo-kommune.invalid/sag/001' }],
      })
      .extension(2, 12, 6, { latestExerciseOn: endOf(4), exercisedPeriods: 1, exercisedOn: on(-2, 3) })
      .price('1.1', 'Licens, økonomisystem (kommunelicens)', '1450000 × 1 ANN yearly', ['oek'], {
        validFrom: on(-38),
        accountCoding: '6.45.51.1',
      })
      .price('1.2', 'Drift og hosting', '62500 × 12 MON monthly', ['it'], { validFrom: on(-32), accountCoding: '6.45.51.2' })
      .price('2.1', 'Konsulentbistand, konfiguration', '1275.50 HUR one_off', ['oek']),
    tillaeg('DEMO-001-T1', 'Tillæg 1: E-fakturering og indkøbsmodul', 'Økonomi, Indkøb')
      .covers('licens implementering', 'hoej')
      .runs(on(-19), endOf(10), null, 'pr_bruger aarlig', { annual: 310_000 })
      .with({ signedOn: on(-20, 5) }, index())
      .price('T1.1', 'Indkøbsmodul pr. bruger', '1550 × 200 EA yearly', ['oek']),
    tillaeg('DEMO-001-T2', 'Tillæg 2: Budgetmodul', 'Økonomi, Budget')
      .covers('licens', 'middel')
      .runs(on(2), endOf(10), null, 'licens_flatrate aarlig', { annual: 120_000 })
      .with({ notes: 'Godkendt i økonomiudvalget; træder i kraft om to måneder.' }),
    // --- Løn: KOMBIT-style fællesindkøb, long-running, automatic renewal.
    contract('DEMO-002', 'Løn- og personalesystem', 'kvartz', 'oek', 'Løn, HR')
      .kind('hovedkontrakt kombit faellesindkoeb', 'licens drift support', 'kritisk', 'Kvartz Løn')
      .runs(on(-66), 60, '6 quarter', 'pr_indbygger kvartalsvis', { annual: 1_850_000 })
      .with({ signedOn: on(-70, 20) }, renews(12))
      .with(index('4', '04-01'), dpa('Fælles databehandleraftale (fællesindkøb)'), moves('difficult'), esdh(2))
      .price('10', 'Lønsystem pr. indbygger', '32.75 × 56500 ANN yearly', ['oek'], { accountCoding: '6.45.52' }),
    // --- ESDH with tillæg and a purchase option.
    contract('DEMO-003', 'ESDH og digitalt arkiv', 'arkivaris', 'it', 'ESDH, Journalisering')
      .kind('hovedkontrakt k02 ski_aftale 02.19', 'licens drift support', 'kritisk', 'Arkivaris ESDH')
      .runs(on(-28), 72, '6 half_year', 'pr_bruger halvaarlig', { total: 5_400_000, annual: 900_000 })
      .with({ signedOn: on(-30, 2), operationsStartOn: on(-24), irrevocableUntil: endOf(8) })
      .with(index('3', '07-01'), dpa('Databehandleraftale 2 (SKI-skabelon)'), moves('moderate'), esdh(3))
      .purchase('Option på modul til aktindsigt', endOf(6))
      .price('1', 'ESDH-licens pr. bruger', '1125 × 750 EA yearly', ['it'])
      .price('2', 'Lagerplads i digitalt arkiv', '0.85 × 4000 E34 monthly', ['it'], { notes: 'Pris pr. GB pr. måned.' }),
    tillaeg('DEMO-003-T1', 'Tillæg 1: Integration til borgerportal', 'ESDH, Integration')
      .covers('udvikling implementering', 'middel')
      .runs(on(-10), 'ongoing', null, 'fast_pris efter_levering', { total: 385_000 }),
    // --- Borgerservice: selvbetjening and kø-system; one ends within 90 days.
    contract('DEMO-004', 'Selvbetjeningsløsninger til borgerservice', 'borgerflow', 'bsd', 'Borgerservice, Selvbetjening')
      .kind('licensaftale k01 miniudbud', 'licens hosting support', 'hoej', 'Borgerflow Selvbetjening')
      .runs(on(-34), 36, '3 month', 'licens_flatrate aarlig', { annual: 420_000 })
      .with({ signedOn: on(-35, 8) }, index(), dpa(`DBA af ${on(-34)}`), moves('moderate'), esdh(4))
      .with({ notes: 'Udløber snart: genudbud forberedes.' })
      .price('A', 'Platformslicens', '420000 × 1 ANN yearly', ['bsd']),
    contract('DEMO-005', 'Kø- og tidsbestillingssystem', 'borgerflow', 'bsd', 'Borgerservice')
      .kind('serviceaftale leverandoerens_egen tilbudsindhentning', 'licens support', 'middel', 'Borgerflow Kø')
      .runs(on(-50), endOf(1), '1 month', 'fast_pris maanedlig', { annual: 96_000 })
      .with(fixedPercent('2.5'), dpa())
      .price('1', 'Abonnement', '8000 × 12 MON monthly'),
    // --- Skole-IT.
    contract('DEMO-006', 'Læringsplatform til folkeskolerne', 'klasselinjen', 'skole', 'Skole, Læring')
      .kind('licensaftale ski ski_aftale 02.19', 'licens hosting support uddannelse', 'hoej', 'Klasselinjen')
      .runs(on(-25), 48, '6 half_year', 'pr_bruger aarlig', { annual: 640_000 })
      .with({ signedOn: on(-26, 15) }, index('3', '08-01'), dpa('Databehandleraftale, skoleområdet'), moves('moderate'), esdh(6))
      .extension(1, 24, 9)
      .price('E1', 'Elevlicens', '95 × 6200 EA yearly', ['skole'])
      .price('L1', 'Lærerlicens', '240 × 520 EA yearly', ['skole']),
    contract('DEMO-007', 'Elevcomputere (leasing)', 'licenshuset', 'skole', 'Skole, Hardware')
      .kind('rammeaftale ski ski_aftale 50.80', 'drift support', 'middel')
      .runs(on(-14), 36, '3 quarter', 'fast_pris kvartalsvis', { annual: 1_300_000 })
      .price('HW-1', 'Elevcomputer inkl. service', '149 × 2200 MON monthly', ['skole']),
    // --- Hosting, netværk, sikkerhed.
    contract('DEMO-008', 'Hosting og drift af fagsystemer', 'fjordhosting', 'it', 'Drift, Hosting')
      .kind('driftsaftale k04 udbud', 'hosting drift', 'kritisk')
      .runs(on(-44), 48, '6 year', 'forbrug maanedlig', { annual: 2_100_000 })
      .with({ signedOn: on(-45, 1) }, renews(12), index('3.5'), dpa('Databehandleraftale, hosting'), moves('moderate'), esdh(8))
      .with({ exitClause: 'Exitplan opdateres årligt; leverandøren stiller en exitleder til rådighed.' })
      .price('H1', 'Virtuel server, standard', '1450 × 85 MON monthly', ['it'])
      .price('H2', 'Lagerplads', '0.42 × 120000 E34 monthly', ['it'])
      .price('H3', 'Driftskonsulent', '1095 HUR one_off', ['it']),
    contract('DEMO-009', 'Kommunalt netværk (WAN og fiber)', 'netvaerk', 'it', 'Netværk')
      .kind('driftsaftale k04 eu_udbud', 'drift support', 'kritisk')
      .runs(on(-55), 60, '12 year', 'fast_pris kvartalsvis', { annual: 1_450_000 })
      .with(terminated(on(-2, 20), endOf(5)), index(), moves('difficult'))
      .with({ notes: 'Opsagt i forbindelse med nyt netværksudbud.' }),
    contract('DEMO-010', 'Trådløst netværk på skoler', 'netvaerk', 'skole', 'Netværk, Skole')
      .kind('serviceaftale k01 miniudbud', 'drift support', 'hoej')
      // Notice only to the end of the school year (30 June).
      .runs(on(-20), 'ongoing', '3 named_month 6', 'fast_pris kvartalsvis', { annual: 380_000 }),
    contract('DEMO-011', 'Overvågning og hændelseshåndtering (SOC)', 'vagten', 'it', 'Informationssikkerhed')
      .kind('serviceaftale k02 ski_aftale 02.19', 'drift support', 'kritisk')
      .runs(on(-8), 36, '3 month', 'fast_pris maanedlig', { annual: 720_000 })
      .with(index(), dpa('Databehandleraftale, logdata'))
      .price('S1', 'SOC-abonnement', '60000 × 12 MON monthly'),
    contract('DEMO-012', 'Sårbarhedsscanning', 'vagten', 'it', 'Informationssikkerhed')
      .kind('licensaftale leverandoerens_egen direkte_tildeling', 'licens', 'middel')
      .runs(on(-30), endOf(-1), null, 'licens_flatrate aarlig', { annual: 85_000 })
      .with({ notes: 'Udløbet; funktionen er overtaget af SOC-aftalen.' }),
    // --- Print.
    contract('DEMO-013', 'Print og kopi (multifunktionsprintere)', 'printpartner', 'it', 'Print')
      .kind('rammeaftale ski ski_aftale 50.10', 'drift support', 'lav')
      .runs(on(-47), 48, '3 month', 'forbrug kvartalsvis', { annual: 540_000 })
      .price('P1', 'Sort/hvid side', '0.045 × 6000000 EA yearly')
      .price('P2', 'Farveside', '0.29 × 900000 EA yearly')
      .price('P3', 'Maskinleje pr. enhed', '310 × 120 MON monthly'),
    contract('DEMO-014', 'Printløsning, gammel aftale', 'printpartner', 'it', 'Print')
      .kind('serviceaftale leverandoerens_egen tilbudsindhentning', 'drift', 'lav')
      .runs(on(-70), 'ongoing', '3 month', 'forbrug kvartalsvis', { annual: 410_000 })
      .with(terminated(on(-14, 10), endOf(-10))),
    // --- Licenser: a deliberate double purchase (same supplier and element).
    contract('DEMO-015', 'Kontorpakke og samarbejdsværktøjer (administration)', 'licenshuset', 'it', 'Licenser, Kontorpakke')
      .kind('licensaftale ski ski_aftale 02.18', 'licens', 'hoej', 'Kontorpakke')
      .runs(on(-18), 36, '3 year', 'pr_bruger aarlig', { annual: 2_750_000 })
      .price('LIC-E3', 'Brugerlicens, kontorpakke', '2280 × 1200 ANN yearly', ['it']),
    contract('DEMO-016', 'Kontorpakke til skolernes personale', 'licenshuset', 'skole', 'Licenser, Skole, Muligt dobbeltkøb')
      .kind('licensaftale ski ski_aftale 02.18', 'licens', 'middel', 'Kontorpakke')
      .runs(on(-9), 24, null, 'pr_bruger aarlig', { annual: 610_000 })
      .with({ notes: 'Købt separat af skoleområdet – overlapper med DEMO-015.' })
      .price('LIC-A3', 'Brugerlicens, kontorpakke (uddannelse)', '1180 × 520 ANN yearly', ['skole']),
    contract('DEMO-017', 'Grafik- og layoutprogrammer', 'licenshuset', 'dir', 'Licenser, Kommunikation')
      .kind('licensaftale leverandoerens_egen direkte_tildeling', 'licens', 'lav')
      .runs(on(-11), 12, '1 month', 'pr_bruger aarlig', { annual: 48_000 })
      .with(renews(12)),
    // --- Mødebooking: a deliberate double purchase (same system, same element, different suppliers).
    contract('DEMO-018', 'Mødebooking på rådhuset', 'moedebook', 'bsd', 'Mødebooking')
      .kind('licensaftale leverandoerens_egen direkte_tildeling', 'licens support', 'lav', 'Mødebooking')
      .runs(on(-16), 'ongoing', '3 month', 'licens_flatrate aarlig', { annual: 36_000 }),
    contract('DEMO-019', 'Lokale- og mødebooking til skoler og kultur', 'oestersjoe', 'skole', 'Mødebooking, Muligt dobbeltkøb')
      .kind('licensaftale leverandoerens_egen tilbudsindhentning', 'licens', 'lav', 'Mødebooking')
      .runs(on(-6), 24, null, 'licens_flatrate aarlig', { annual: 5_400 })
      .with({ currency: 'EUR', notes: 'Faktureres i euro.' }),
    // --- Konsulentaftaler (SKI 02.18-style call-offs, fixed price and hourly).
    contract('DEMO-020', 'Konsulentbistand, digitaliseringsstrategi', 'boelge', 'dir', 'Konsulent, Strategi')
      .kind('konsulentaftale ski ski_aftale 02.18', 'konsulentydelser', 'lav')
      .runs(on(-4), on(2, 15), null, 'timer efter_levering', { total: 450_000 })
      .price('1', 'Seniorkonsulent', '1395 × 250 HUR one_off')
      .price('2', 'Konsulent', '1050 × 100 HUR one_off'),
    contract('DEMO-021', 'Projektledelse, implementering af ESDH', 'digitalraad', 'it', 'Konsulent, ESDH')
      .kind('konsulentaftale k01 miniudbud', 'konsulentydelser implementering', 'middel')
      .runs(on(-30), endOf(-6), null, 'timer maanedlig', { total: 1_200_000 })
      .with({ notes: 'Afsluttet projekt.' }),
    contract('DEMO-022', 'Rammeaftale om it-arkitekturbistand', 'digitalraad', 'it', 'Konsulent, Arkitektur')
      .kind('rammeaftale k01 udbud', 'konsulentydelser', 'lav')
      .runs(on(-12), 24, null, 'timer efter_levering', { total: 800_000 })
      .extension(2, 12, 3, { latestExerciseOn: endOf(8) }),
    // --- Fagsystemer: social, ældre, GIS, byggesag.
    contract('DEMO-023', 'Fagsystem til socialområdet', 'sagsbro', 'social', 'Social, Fagsystem')
      .kind('hovedkontrakt k02 eu_udbud', 'licens drift support vedligehold', 'kritisk', 'Sagsbro Social')
      .runs(on(-60), 84, '12 year', 'pr_sag kvartalsvis', { total: 8_400_000, annual: 1_200_000 })
      .with({ signedOn: on(-61, 10), irrevocableUntil: endOf(-24) })
      .with(index('3'), dpa('Databehandleraftale, følsomme personoplysninger'), moves('difficult'), esdh(23))
      .price('100', 'Sagsbehandlerlicens', '4200 × 180 EA yearly', ['social'])
      .price('200', 'Drift pr. kvartal', '110000 × 4 EA quarterly', ['social', 'it']),
    tillaeg('DEMO-023-T1', 'Tillæg 1: Mobil løsning til bostøtte', 'Social, Mobil')
      .covers('licens udvikling', 'middel')
      .runs(on(-5), 'ongoing', null, 'pr_bruger aarlig', { annual: 140_000 }),
    contract('DEMO-024', 'Omsorgssystem til hjemmepleje og plejecentre', 'omsorgsdata', 'social', 'Ældre, Sundhed, Fagsystem')
      .kind('hovedkontrakt k03 eu_udbud', 'licens drift support implementering', 'kritisk', 'Omsorgsdata Pleje')
      .runs(on(-27), 60, '6 quarter', 'pr_bruger kvartalsvis', { total: 11_500_000, annual: 2_300_000 })
      .with({ signedOn: on(-29, 1), operationsStartOn: on(-21), irrevocableUntil: endOf(9) })
      .with(index('4', '01-01'), dpa('Databehandleraftale, helbredsoplysninger'), moves('difficult'), esdh(24))
      .extension(3, 12, 12, { latestExerciseOn: endOf(20) })
      .price('O-1', 'Mobil enhedslicens', '1850 × 650 EA yearly', ['social'])
      .price('O-2', 'Implementering, faseopdelt', '1750000 × 1 EA one_off', ['social'], {
        validFrom: on(-27),
        validTo: endOf(-21),
      }),
    contract('DEMO-025', 'Geografisk informationssystem (GIS)', 'kortvaerket', 'teknik', 'GIS, Teknik')
      .kind('licensaftale k01 tilbudsindhentning', 'licens hosting support', 'middel', 'Kortværket GIS')
      .runs(on(-40), 12, '3 year', 'licens_flatrate aarlig', { annual: 265_000 })
      .with(renews(12), index('2.5', '01-01')),
    contract('DEMO-026', 'Byggesagssystem', 'sagsbro', 'teknik', 'Teknik, Byggesag')
      .kind('licensaftale k02 miniudbud', 'licens support', 'hoej', 'Sagsbro Byg')
      .runs(on(3), 48, '6 quarter', 'pr_sag kvartalsvis', { annual: 330_000 })
      .with({ notes: 'Underskrevet; går i drift om tre måneder.' }),
    // --- Telefoni, identitet, fællesløsninger.
    contract('DEMO-027', 'Mobiltelefoni og fastnet', 'telefoni', 'it', 'Telefoni')
      .kind('serviceaftale ski ski_aftale 50.30', 'drift support', 'hoej')
      .runs(on(-35), 36, '1 month', 'pr_bruger maanedlig', { annual: 890_000 })
      .with({ notes: 'Udløber snart; ny SKI-aftale er ved at blive afklaret.' })
      .price('M1', 'Mobilabonnement', '89 × 4800 MON monthly'),
    contract('DEMO-028', 'Login og brugerstyring (identitetsbroker)', 'identitet', 'it', 'Identitet, Sikkerhed')
      .kind('serviceaftale k02 udbud', 'licens drift support', 'kritisk', 'Identitetsbroen')
      .runs(on(-22), 48, '6 half_year', 'pr_bruger aarlig', { annual: 510_000 })
      .with(index(), dpa('Databehandleraftale, identitetsdata')),
    contract('DEMO-029', 'Fælleskommunal ydelsesplatform', 'faelles', 'bsd', 'Fællesløsning, Ydelser')
      .kind('hovedkontrakt kombit faellesindkoeb', 'licens drift vedligehold', 'kritisk', 'Ydelsesplatformen')
      .runs(on(-48), 'ongoing', '24 year', 'pr_indbygger kvartalsvis', { annual: 1_650_000 })
      .with(index('3', '01-01'), dpa('Fælleskommunal databehandleraftale'), moves('difficult'))
      .with({ notes: 'Fællesoffentlig løsning; kommunen er bundet gennem fællesskabets vedtægter.' })
      .price('F1', 'Kommunens andel pr. indbygger', '29.20 × 56500 ANN yearly', ['bsd']),
    contract('DEMO-030', 'Fælleskommunal sags- og dokumentoverblik', 'faelles', 'bsd', 'Fællesløsning')
      .kind('hovedkontrakt kombit faellesindkoeb', 'licens drift', 'hoej', 'Sagsoverblik')
      .runs(on(-36), 'ongoing', '12 year', 'pr_indbygger halvaarlig', { annual: 420_000 }),
    // --- Kontrakter ending within 90 days, drafts, expired and terminated ones.
    contract('DEMO-031', 'Intranet og medarbejderportal', 'borgerflow', 'dir', 'Intranet, Kommunikation')
      .kind('licensaftale k01 tilbudsindhentning', 'licens hosting', 'middel', 'Intranet')
      .runs(on(-47), 48, '3 month', 'licens_flatrate aarlig', { annual: 150_000 })
      .with({ notes: 'Udløber ved udgangen af denne måned.' }),
    contract('DEMO-032', 'Hjemmeside (CMS og hosting)', 'fjordhosting', 'bsd', 'Hjemmeside, Kommunikation')
      .kind('driftsaftale k01 miniudbud', 'hosting support', 'middel', 'Hjemmeside')
      .runs(on(-24), endOf(1), null, 'fast_pris maanedlig', { annual: 180_000 })
      .extension(1, 12, 1),
    contract('DEMO-033', 'Digital post og fjernprint', 'printpartner', 'bsd', 'Print, Digital post')
      .kind('serviceaftale k01 udbud', 'drift', 'middel')
      .runs(on(-36), endOf(-2), null, 'forbrug maanedlig', { annual: 260_000 }),
    contract('DEMO-034', 'Videokonference til mødelokaler', 'telefoni', 'it', 'Møder')
      .kind('serviceaftale leverandoerens_egen tilbudsindhentning', 'drift support', 'lav')
      .runs(on(-30), 'ongoing', '3 quarter', 'fast_pris kvartalsvis', { annual: 75_000 })
      .with(terminated(on(-1, 5), endOf(3))),
    contract('DEMO-035', 'Analyseværktøj til ledelsesinformation', 'oestersjoe', 'oek', 'Ledelsesinformation, Økonomi')
      .kind('licensaftale leverandoerens_egen direkte_tildeling', 'licens hosting', 'middel', 'Ledelsesinformation')
      .runs(on(-26), 24, null, 'pr_bruger aarlig', { annual: 24_000 })
      .with({ currency: 'EUR', notes: 'Udløbet uden forlængelse.' }),
    contract('DEMO-036', 'Borgerrådgiverens sagssystem', 'sagsbro', 'dir', 'Borgerservice')
      .kind('licensaftale leverandoerens_egen direkte_tildeling', 'licens', 'lav')
      .runs(on(-40), 'ongoing', '3 month', 'licens_flatrate aarlig', { annual: 28_000 })
      .with(terminated(on(-20, 1), endOf(-17)), { notes: 'Opsagt; funktionen ligger nu i ESDH.' }),
    contract('DEMO-037', 'Kompetenceudvikling i informationssikkerhed', 'vagten', 'oek', 'Informationssikkerhed, Uddannelse')
      .kind('konsulentaftale k01 tilbudsindhentning', 'uddannelse', 'lav')
      .runs(on(1), endOf(12), null, 'fast_pris efter_levering', { total: 175_000 })
      .price('U1', 'E-læringsforløb pr. medarbejder', '250 × 600 EA one_off')
      .price('U2', 'Phishing-test', '8500 × 3 DAY one_off'),
    contract('DEMO-038', 'Dagtilbudsportal (kommunikation med forældre)', 'klasselinjen', 'skole', 'Dagtilbud, Kommunikation')
      .kind('licensaftale ski ski_aftale 02.19', 'licens support', 'middel', 'Klasselinjen Dagtilbud')
      .runs(on(-15), 36, '6 half_year', 'pr_bruger aarlig', { annual: 210_000 })
      .with(dpa('Databehandleraftale, dagtilbud')),
    contract('DEMO-039', 'Skoleadministrativt system', 'klasselinjen', 'skole', 'Skole')
      .kind('licensaftale k02 miniudbud', 'licens drift support', 'hoej', 'Klasselinjen Administration')
      .runs(on(-33), 36, '3 quarter', 'pr_indbygger aarlig', { annual: 285_000 })
      .with({ notes: 'Udløber inden for tre måneder.' })
      .extension(2, 6, 2, { latestExerciseOn: endOf(0) }),
    contract('DEMO-040', 'Backup og gendannelse', 'fjordhosting', 'it', 'Drift, Backup')
      .kind('driftsaftale k04 miniudbud', 'drift hosting', 'kritisk')
      .runs(on(-13), 36, '6 quarter', 'forbrug maanedlig', { annual: 340_000 })
      .price('B1', 'Backup pr. TB', '395 × 60 E35 monthly'),
    contract('DEMO-041', 'Klimaregnskab og energiovervågning', 'kortvaerket', 'teknik', 'Klima, Teknik')
      .kind('serviceaftale k01 tilbudsindhentning', 'licens hosting', 'lav')
      .runs(null, 24, null, 'licens_flatrate aarlig', { annual: 95_000 })
      .with({ notes: 'Kladde: afventer politisk godkendelse (ingen ikrafttrædelsesdato endnu).' }),
    contract('DEMO-042', 'Databehandleraftale: lønudbetaling via bank', 'kvartz', 'oek', 'Løn, GDPR')
      .kind('databehandleraftale egen direkte_tildeling', '', 'middel')
      .runs(on(-66), 'ongoing')
      .with(dpa('Denne aftale'), { parent: 'DEMO-002' }),
    contract('DEMO-043', 'Vedligehold af integrationsplatform', 'digitalraad', 'it', 'Integration')
      .kind('vedligeholdelsesaftale k02 miniudbud', 'vedligehold support', 'hoej', 'Integrationsplatform')
      .runs(on(-19), 36, '3 quarter', 'timer maanedlig', { annual: 260_000 })
      .price('V1', 'Servicetimer', '1150 × 220 HUR yearly'),
    contract('DEMO-044', 'Udvikling af selvbetjening til affald', 'borgerflow', 'teknik', 'Affald, Selvbetjening')
      .kind('udviklingsaftale k01 tilbudsindhentning', 'udvikling implementering', 'lav')
      .runs(on(-3), endOf(5), null, 'fast_pris efter_levering', { total: 325_000 }),
    contract('DEMO-045', 'Tidsregistrering og vagtplanlægning', 'kvartz', 'social', 'HR, Vagtplan')
      .kind('licensaftale kombit faellesindkoeb', 'licens hosting', 'hoej', 'Kvartz Vagtplan')
      .runs(on(-28), 48, '6 year', 'pr_bruger kvartalsvis', { annual: 460_000 })
      .with(index('3'), dpa('Fælles databehandleraftale (fællesindkøb)')),
    contract('DEMO-046', 'Parkeringskontrol og -betaling', 'oestersjoe', 'teknik', 'Teknik, Parkering')
      .kind('serviceaftale leverandoerens_egen udbud', 'licens drift', 'lav')
      .runs(on(-18), 48, null, 'forbrug kvartalsvis', { annual: 18_500 })
      .with({ currency: 'EUR' }, fixedPercent('2')),
    contract('DEMO-047', 'Mobile enheder til hjemmeplejen (MDM)', 'omsorgsdata', 'social', 'Ældre, Mobil')
      .kind('driftsaftale k04 miniudbud', 'drift support', 'hoej')
      .runs(on(-10), 36, '3 month', 'pr_bruger maanedlig', { annual: 195_000 })
      .price('MDM', 'Enhedsstyring pr. enhed', '25 × 650 MON monthly'),
    contract('DEMO-048', 'Borgerhenvendelser via chat', 'borgerflow', 'bsd', 'Borgerservice, Chat')
      .kind('licensaftale k01 direkte_tildeling', 'licens', 'lav')
      .runs(on(-8), 12, null, 'licens_flatrate aarlig', { annual: 42_000 })
      .with({ renewal: 'by_agreement' }),
    contract('DEMO-049', 'Arkivering til offentligt arkiv (afleveringer)', 'arkivaris', 'it', 'Arkiv')
      .kind('konsulentaftale k01 tilbudsindhentning', 'konsulentydelser', 'middel')
      .runs(on(2), 18, null, 'timer efter_levering', { total: 290_000 }),
    contract('DEMO-050', 'Netværksudstyr og switches (indkøb)', 'netvaerk', 'it', 'Netværk, Hardware')
      .kind('rammeaftale ski ski_aftale 50.40', 'support', 'middel')
      .runs(on(-7), 24, null, 'fast_pris efter_levering', { total: 1_500_000 })
      .price('SW-48', 'Switch, 48 porte', '18750 × 40 EA one_off'),
  ].map((draft) => draft.contract);
}

/**
 * Suppliers the demo places in the segmentation matrix (issue 18), so a newcomer sees it alive: without a segment
 * the proposal is confirmed; with one, that segment is chosen over the proposal with the reason given. The others
 * stay unplaced, with their proposal shown.
 */
export const DEMO_PLACEMENTS: ReadonlyArray<{ supplier: string; segment?: Segment; reason?: string }> = [
  { supplier: 'nordlys' },
  { supplier: 'kvartz' },
  { supplier: 'omsorgsdata' },
  { supplier: 'printpartner' },
  { supplier: 'boelge' },
  {
    supplier: 'arkivaris',
    segment: 'strategic',
    reason: 'ESDH-systemet bærer alle sager; et skifte tager flere år, selv om kontrakten er billig.',
  },
];
/** A demo status meeting: with which supplier (and contract), when (months from this month, day), what was decided. */
export type DemoMeeting = {
  supplier: string;
  contract: string | null;
  title: string;
  heldOn: CalendarDate;
  startsAt: string;
  forum: string;
  location: string;
  held: boolean;
  notes: Record<string, string>;
  decisions: string[];
  actions: Array<{ title: string; dueOn: CalendarDate }>;
  /** An agenda item (by its template section) escalated to a governance body (by name). */
  escalate?: { section: string; title: string; toBody: string };
};

/** Two status meetings with Nordlys Data (its ERP contract): one held last month with minutes, one next month. */
export function demoMeetings(today: CalendarDate): DemoMeeting[] {
  const anchor = `${today.slice(0, 7)}-01` as CalendarDate;
  const on = (n: number, day: number) => `${addMonths(anchor, n).slice(0, 8)}${String(day).padStart(2, '0')}` as CalendarDate;
  return [
    {
      supplier: 'nordlys',
      contract: 'DEMO-001',
      title: 'Statusmøde om økonomisystemet',
      heldOn: on(-1, 12),
      startsAt: '10:00',
      forum: 'Driftsmøde (taktisk niveau)',
      location: 'Rådhuset, mødelokale 2',
      held: true,
      notes: {
        delivery: 'Driften har været stabil; én hændelse med langsom bogføring ved månedsafslutningen.',
        economy: 'Fakturaerne for konsulenttimer matcher ikke timeprisen i kontrakten.',
      },
      decisions: [
        'Leverandøren sender kreditnota for de for højt fakturerede konsulenttimer.',
        'Månedsafslutningen overvåges særskilt de næste tre måneder.',
      ],
      actions: [{ title: 'Send plan for performanceforbedring', dueOn: on(0, 28) }],
      escalate: {
        section: 'economy',
        title: 'Leverandøren afviser at kreditere konsulenttimer faktureret over kontraktens timepris',
        toBody: 'Leverandørstyringsudvalg',
      },
    },
    {
      supplier: 'nordlys',
      contract: 'DEMO-001',
      title: 'Statusmøde om økonomisystemet, næste kvartal',
      heldOn: on(1, 14),
      startsAt: '10:00',
      forum: 'Driftsmøde (taktisk niveau)',
      location: 'Rådhuset, mødelokale 2',
      held: false,
      notes: {},
      decisions: [],
      actions: [],
    },
  ];
}
