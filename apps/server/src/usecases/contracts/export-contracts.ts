import type * as Api from '@overblik/api';
import {
  type CalendarDate,
  CONTRACT_FIELDS,
  type ContractPlainField,
  CRITICALITY_LABELS,
  contractStatus,
  DEFAULT_OPTIONS,
  DPA_LABELS,
  type FieldSpec,
  monthName,
  NOTICE_PERIOD_END_LABELS,
  type OptionList,
  PRICE_ELEMENT_FIELDS,
  PRICE_REGULATION_LABELS,
  type PriceElementPlainField,
  RECURRENCE_LABELS,
  RENEWAL_LABELS,
  RESPONSIBILITY_FIELDS,
  STATUS_LABELS,
  TRANSFERABILITY_LABELS,
  YES_NO_LABELS,
  YES_NO_UNKNOWN_LABELS,
} from '@overblik/core';
import {
  type Contract,
  type Executor,
  getUser,
  listAllContracts,
  listAllSupplierContacts,
  listAllSuppliers,
  listContractResponsibilities,
  listMembers,
  listPriceElements,
  listUnits,
  type PriceElement,
  type Supplier,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import type { Cell } from '../../spreadsheet/read-table.js';
import { csvFile, dateCell, numberCell, oreCell, type SheetData, xlsxFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { Pace } from '../pace.js';
import { contactSheet, SUPPLIER_COLUMNS, SUPPLIER_SHEET, supplierSheet } from '../suppliers/supplier-sheet.js';
import {
  CONTRACT_COLUMNS,
  CONTRACT_SHEET,
  type ContractColumnId,
  enumLabel,
  GUIDE_SHEET,
  LIST_SEPARATOR,
  PRICE_ELEMENT_COLUMNS,
  PRICE_ELEMENT_SHEET,
  type PriceElementColumnId,
} from './contract-sheet.js';

const CONTRACT_OPTION_LISTS = [
  'contract_type',
  'contract_template',
  'procurement_form',
  'agreement_element',
  'payment_model',
  'payment_frequency',
  'responsibility_role',
] as const satisfies readonly OptionList[];
type ContractOptionList = (typeof CONTRACT_OPTION_LISTS)[number];

/** Responsibilities are read in batches: databases limit the number of parameters of one statement. */
const BATCH = 500;

/**
 * The register as a workbook that imports again unchanged: contracts, price elements, suppliers and contacts
 * on Danish sheets with a guide, option values by label in the reader's language, dates as dates and
 * amounts as numbers. CSV holds the contract sheet only.
 */
export async function exportContracts(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  format: 'xlsx' | 'csv',
  locale: Locale,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const db = deps.db;
  const lookups = await exportLookups(db, organisationId, locale);
  const contracts = await listAllContracts(db, organisationId);
  const byId = new Map(contracts.map((c) => [c.id, c]));
  const responsibilities = new Map<string, string[]>();
  // A register of 20,000 contracts takes a few hundred milliseconds to turn into rows: other requests come between.
  const pace = new Pace();
  for (let i = 0; i < contracts.length; i += BATCH) {
    await pace.step();
    const batch = contracts.slice(i, i + BATCH).map((c) => c.id);
    for (const r of await listContractResponsibilities(db, organisationId, batch)) {
      const email = lookups.emails.get(r.userId) ?? (await getUser(db, r.userId))?.email ?? r.name;
      const text = `${lookups.label(RESPONSIBILITY_FIELDS.role.list, r.role)}: ${email}`;
      responsibilities.set(r.contractId, [...(responsibilities.get(r.contractId) ?? []), text]);
    }
  }
  const day = deps.clock.today();
  const contractRows: Cell[][] = [];
  for (const c of contracts) {
    await pace.step();
    const cells = contractCells(c, {
      ...lookups,
      parentNumber: c.parentId ? (byId.get(c.parentId)?.number ?? null) : null,
      responsibilities: responsibilities.get(c.id) ?? [],
      day,
    });
    contractRows.push(CONTRACT_COLUMNS.map((column) => cells[column.id]));
  }
  const contractSheet: SheetData = { name: CONTRACT_SHEET, columns: CONTRACT_COLUMNS, rows: contractRows };
  const stem = `kontrakter-${deps.clock.today()}`;
  if (format === 'csv') return csvFile(stem, contractSheet);

  const numbers = new Map(contracts.map((c) => [c.id, c.number]));
  const priceElements = (await listPriceElements(db, organisationId, { limit: 10_000_000, offset: 0 })).items;
  const priceSheet: SheetData = {
    name: PRICE_ELEMENT_SHEET,
    columns: PRICE_ELEMENT_COLUMNS,
    rows: priceElements
      .map((p) => ({ p, number: numbers.get(p.contractId) ?? '' }))
      .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0))
      .map(({ p, number }) => {
        const cells = priceElementCells(p, number, lookups);
        return PRICE_ELEMENT_COLUMNS.map((column) => cells[column.id]);
      }),
  };
  const [suppliers, contacts] = [lookups.suppliers, await listAllSupplierContacts(db, organisationId)];
  return xlsxFile(stem, [
    contractSheet,
    priceSheet,
    supplierSheet(suppliers, (key) => lookups.label('supplier_classification', key)),
    contactSheet(suppliers, contacts),
    guideSheet(lookups, true),
  ]);
}

/** A workbook to fill in: the contract and price-element sheets with one example row each, and a guide. */
export async function contractImportTemplate(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const lookups = await exportLookups(deps.db, organisationId, locale);
  const pick = (list: ContractOptionList, key: string) => {
    const values = lookups.lists[list].filter((v) => !v.disabled);
    return (values.find((v) => v.key === key) ?? values[0])?.label ?? null;
  };
  const unit = lookups.unitNames.values().next().value ?? null;
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const example: Partial<Record<ContractColumnId, Cell>> = {
    number: 'K-2026-001',
    name: 'Økonomisystem (eksempel – slet denne række)',
    description: 'Licens, drift og support af kommunens økonomisystem.',
    supplier: 'Eksempel Leverandør A/S',
    supplierCvr: '19435075',
    systemName: 'Økonomisystem',
    contractType: pick('contract_type', 'hovedkontrakt'),
    template: pick('contract_template', 'k02'),
    procurementForm: pick('procurement_form', 'ski_aftale'),
    skiAgreementNumber: '02.19',
    agreementElements: [pick('agreement_element', 'licens'), pick('agreement_element', 'drift')]
      .filter((v) => v !== null)
      .join(LIST_SEPARATOR),
    criticality: CRITICALITY_LABELS.hoej[locale],
    tags: 'Økonomi; ERP',
    responsibleUnit: unit,
    signedOn: date('2025-11-14'),
    inForceFrom: date('2026-01-01'),
    operationsStartOn: date('2026-03-01'),
    termMonths: 48,
    irrevocableUntil: date('2027-12-31'),
    noticeMonths: 6,
    noticePeriodEnd: NOTICE_PERIOD_END_LABELS.quarter[locale],
    renewal: RENEWAL_LABELS.none[locale],
    transferability: TRANSFERABILITY_LABELS.moderate[locale],
    currency: 'DKK',
    totalValue: 4_800_000,
    annualCost: 1_200_000,
    paymentModel: pick('payment_model', 'licens_flatrate'),
    paymentFrequency: pick('payment_frequency', 'kvartalsvis'),
    priceRegulation: PRICE_REGULATION_LABELS.index[locale],
    priceIndex: 'Nettoprisindeks',
    priceIndexBaseMonth: '2025-10',
    priceRegulationDate: '01-01',
    priceRegulationCapPercent: 3,
    personalData: YES_NO_UNKNOWN_LABELS.yes[locale],
    dpaRequired: DPA_LABELS.yes[locale],
    esdhReference: '2025-012345',
    links: 'Kontrakt: https://esdh.kommune.dk/sag/2025-012345',
    notes: 'Slet eksemplet, og skriv jeres egne kontrakter – én pr. række.',
  };
  const priceExample: Partial<Record<PriceElementColumnId, Cell>> = {
    contractNumber: 'K-2026-001',
    number: '1',
    name: 'Licens, økonomisystem',
    unitCode: 'ANN',
    unitPrice: 950_000,
    quantity: 1,
    recurrence: RECURRENCE_LABELS.yearly[locale],
    validFrom: date('2026-01-01'),
    payingUnitIds: unit,
    accountCoding: '6.45.51',
  };
  const columns = CONTRACT_COLUMNS.filter((c) => !c.readOnly);
  return xlsxFile('kontrakter-skabelon', [
    { name: CONTRACT_SHEET, columns, rows: [columns.map((c) => example[c.id] ?? null)] },
    {
      name: PRICE_ELEMENT_SHEET,
      columns: PRICE_ELEMENT_COLUMNS,
      rows: [PRICE_ELEMENT_COLUMNS.map((c) => priceExample[c.id] ?? null)],
    },
    guideSheet(lookups, false),
  ]);
}

type Lookups = Awaited<ReturnType<typeof exportLookups>>;

async function exportLookups(db: Executor, organisationId: string, locale: Locale) {
  const lists = Object.fromEntries(
    await Promise.all(
      [...CONTRACT_OPTION_LISTS, 'supplier_classification' as const].map(
        async (list) => [list, await resolvedList(db, organisationId, list, locale)] as const,
      ),
    ),
  ) as Record<ContractOptionList | 'supplier_classification', Api.OptionValue[]>;
  const labels = new Map(Object.entries(lists).map(([list, values]) => [list, new Map(values.map((v) => [v.key, v.label]))]));
  const suppliers = await listAllSuppliers(db, organisationId);
  const units = await listUnits(db, organisationId);
  const members = await listMembers(db, organisationId);
  return {
    locale,
    lists,
    label: (list: ContractOptionList | 'supplier_classification', key: string) => labels.get(list)?.get(key) ?? key,
    suppliers,
    suppliersById: new Map<string, Supplier>(suppliers.map((s) => [s.id, s])),
    unitNames: new Map(units.map((u) => [u.id, u.name])),
    emails: new Map(members.map((m) => [m.userId, m.email])),
  };
}

type RowContext = Lookups & { parentNumber: string | null; responsibilities: string[]; day: CalendarDate };

/** A plain field's stored value as its cell: option values and enumerations by label, dates and numbers as such. */
function plainCell(spec: FieldSpec, value: unknown, x: Lookups): Cell {
  if (spec.kind === 'yesNo') return enumLabel(YES_NO_LABELS, value === 1 ? 'yes' : 'no', x.locale);
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case 'option':
      return x.label(spec.list as ContractOptionList, String(value));
    case 'enum':
      return enumLabel(spec.labels, String(value), x.locale);
    case 'date':
      return dateCell(String(value));
    case 'money':
      return oreCell(value as bigint);
    case 'decimal':
      return numberCell(String(value));
    case 'monthOfYear':
      return monthName(Number(value), x.locale);
    default:
      return value as Cell;
  }
}

/** One contract as the cells of the contract sheet: the plain fields by their kind, then the others. */
function contractCells(c: Contract, x: RowContext): Record<ContractColumnId, Cell> {
  const { locale } = x;
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(LIST_SEPARATOR) : null);
  const supplier = c.supplierId ? x.suppliersById.get(c.supplierId) : undefined;
  const plain = Object.fromEntries(PLAIN_FIELDS.map(([name, spec]) => [name, plainCell(spec, c[name], x)])) as Record<
    ContractPlainField,
    Cell
  >;
  return {
    ...plain,
    number: c.number,
    name: c.name,
    supplier: supplier?.name ?? c.supplierName,
    supplierCvr: supplier?.cvr ?? null,
    parent: x.parentNumber,
    agreementElements: list(c.agreementElements.map((e) => x.label('agreement_element', e))),
    tags: list(c.tags),
    responsibleUnit: c.responsibleUnitId ? (x.unitNames.get(c.responsibleUnitId) ?? null) : null,
    responsibilities: list(x.responsibilities),
    termMonths:
      c.termKind === 'months' ? c.termMonths : c.termKind === 'ongoing' ? (locale === 'en' ? 'ongoing' : 'løbende') : null,
    termEndsOn: c.termKind === 'end_date' ? dateCell(c.termEndsOn) : null,
    currency: c.currency,
    priceIndexBaseMonth: c.priceIndexBaseMonth,
    priceRegulationDate: c.priceRegulationDate ? c.priceRegulationDate.split('-').reverse().join('-') : null,
    links: list(c.links.map((l) => `${l.label}: ${l.url}`)),
    status: STATUS_LABELS[contractStatus(c, x.day)][locale],
    endsOn: dateCell(c.endsOn),
  };
}

/** The plain fields (packages/core CONTRACT_FIELDS). */
const PLAIN_FIELDS = (Object.entries(CONTRACT_FIELDS) as Array<[ContractPlainField, FieldSpec]>).filter(
  ([, spec]) => spec.kind !== 'custom',
);

/** The price element's plain fields (packages/core PRICE_ELEMENT_FIELDS). */
const PRICE_ELEMENT_PLAIN_FIELDS = (Object.entries(PRICE_ELEMENT_FIELDS) as Array<[PriceElementPlainField, FieldSpec]>).filter(
  ([, spec]) => spec.kind !== 'custom',
);

/** One price element as the cells of its sheet: the plain fields by their kind, then the others. */
function priceElementCells(p: PriceElement, contractNumber: string, x: Lookups): Record<PriceElementColumnId, Cell> {
  const units = p.payingUnitIds.map((id) => x.unitNames.get(id) ?? id);
  const plain = Object.fromEntries(
    PRICE_ELEMENT_PLAIN_FIELDS.map(([name, spec]) => [name, plainCell(spec, p[name], x)]),
  ) as Record<PriceElementPlainField, Cell>;
  return {
    ...plain,
    contractNumber,
    name: p.name,
    unitCode: p.unitCode,
    unitPrice: numberCell(p.unitPrice),
    payingUnitIds: units.length > 0 ? units.join(LIST_SEPARATOR) : null,
  };
}

/** The option list of each column whose values come from one. */
const OPTION_COLUMNS: Partial<Record<ContractColumnId, ContractOptionList>> = {
  ...Object.fromEntries(PLAIN_FIELDS.flatMap(([name, spec]) => (spec.kind === 'option' ? [[name, spec.list]] : []))),
  agreementElements: 'agreement_element',
  responsibilities: RESPONSIBILITY_FIELDS.role.list,
};

/** The guide: general rules, then every column of both sheets with the organisation's accepted values. */
function guideSheet(x: Lookups, withSuppliers: boolean): SheetData {
  const values = (list: ContractOptionList) =>
    x.lists[list]
      .filter((v) => !v.disabled)
      .map((v) => {
        const english = DEFAULT_OPTIONS[list].find((d) => d.key === v.key)?.en;
        return english && english !== v.label ? `${v.label} (${english})` : v.label;
      })
      .join(', ');
  const general: Array<[string, string, string, string]> = [
    ['Generelt', 'Datoer', '', 'Skriv 31-12-2026, 31.12.2026, 31-12-26 eller 2026-12-31, eller brug datoceller.'],
    [
      'Generelt',
      'Tal og beløb',
      '',
      'Skriv 1.234,50, 1234,5 eller 1234.50, eller brug talceller. Beløb i kroner afrundes til øre.',
    ],
    [
      'Generelt',
      'Værdilister',
      '',
      'Skriv værdiens navn (dansk eller engelsk) eller nøgle. Store og små bogstaver er ligegyldige. Deaktiverede værdier modtages ikke på nye kontrakter.',
    ],
    [
      'Generelt',
      'Genimport',
      '',
      'Kontrakter opdateres efter kontraktnummer, priselementer efter kontraktnummer og nummer (uden nummer: navn), leverandører efter CVR-nummer. Udelades en kolonne, bevares feltet; en tom celle rydder det.',
    ],
    [
      'Generelt',
      'Alt eller intet',
      '',
      'Hver række kontrolleres, og alle fejl vises med ark, række og kolonne. Indeholder filen fejl, importeres intet. Prøv først med en prøveimport.',
    ],
    [
      'Generelt',
      'Ark',
      '',
      `${CONTRACT_SHEET} (eller det første ark), ${PRICE_ELEMENT_SHEET} og ${SUPPLIER_SHEET} læses; andre ark ignoreres.`,
    ],
  ];
  const rows: string[][] = [...general];
  for (const column of CONTRACT_COLUMNS) {
    const list = OPTION_COLUMNS[column.id];
    const guide = list ? `${column.guide} Værdier: ${values(list)}.` : column.guide;
    rows.push([CONTRACT_SHEET, column.heading, column.required ? 'Ja' : column.readOnly ? 'Kun læsning' : '', guide]);
  }
  for (const column of PRICE_ELEMENT_COLUMNS) {
    rows.push([PRICE_ELEMENT_SHEET, column.heading, column.required ? 'Ja' : '', column.guide]);
  }
  if (withSuppliers) {
    const classifications = x.lists.supplier_classification.map((v) => v.label).join(', ');
    rows.push([
      SUPPLIER_SHEET,
      SUPPLIER_COLUMNS.map((c) => c.heading).join(', '),
      'Navn',
      `Importeres før kontrakterne efter reglerne for leverandørimport. Klassifikation: ${classifications}.`,
    ]);
  }
  return {
    name: GUIDE_SHEET,
    columns: [
      { heading: 'Ark', width: 16 },
      { heading: 'Kolonne', width: 30 },
      { heading: 'Påkrævet', width: 12 },
      { heading: 'Sådan udfyldes den', width: 110 },
    ],
    rows,
  };
}
