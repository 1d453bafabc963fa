import { randomUUID } from 'node:crypto';
import * as Api from '@overblik/api';
import {
  type CalendarDate,
  CONTRACT_FIELDS,
  type ContractPlainField,
  canonicalDecimal,
  cvrProblem,
  DEFAULT_OPTIONS,
  type FieldKind,
  type FieldSpec,
  isCalendarDate,
  normaliseCvr,
  type OptionList,
  PRICE_ELEMENT_FIELDS,
  type PriceElementPlainField,
  parseDanishDate,
  RESPONSIBILITY_FIELDS,
  termEnd,
  YES_NO_LABELS,
} from '@overblik/core';
import {
  type Contract,
  type Executor,
  getUser,
  listAllContracts,
  listAllSuppliers,
  listContractResponsibilities,
  listMembers,
  listPriceElements,
  listUnits,
  type PriceElement,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, type CellError } from '../../errors/app-error.js';
import type { FieldErrorCode } from '../../errors/catalog.js';
import { cellMessage } from '../../http/problem.js';
import {
  cellDate,
  cellDecimal,
  cellInteger,
  cellMoney,
  cellMonthOfYear,
  cellMonths,
  cellText,
  headingKey,
  type Parsed,
} from '../../spreadsheet/cells.js';
import { type Cell, readTables, type Table } from '../../spreadsheet/read-table.js';
import { fieldChecker, itemMaxLengthOf, maxItemsOf, maxLengthOf } from '../../spreadsheet/schema-limits.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { Pace } from '../pace.js';
import { applyRow as applySupplierRow, planImport as planSupplierImport } from '../suppliers/import-suppliers.js';
import { CONTACT_SHEET, SUPPLIER_SHEET } from '../suppliers/supplier-sheet.js';
import { insertSupplier } from '../suppliers/suppliers.js';
import { insertUnit } from '../units/units.js';
import {
  CONTRACT_COLUMNS,
  CONTRACT_SHEET,
  type ContractColumnId,
  columnsOf,
  enumKeyOf,
  GUIDE_SHEET,
  isContractHeadingRow,
  ONGOING_WORDS,
  PRICE_ELEMENT_COLUMNS,
  PRICE_ELEMENT_SHEET,
  type PriceElementColumnId,
  UNIT_CODE_WORDS,
} from './contract-sheet.js';
import { type ContractState, contractValuesOf, type RegisterLookup, stateOf } from './contract-values.js';
import { applyContractChange, checkContractChange, checkNewContract, insertContracts } from './contracts.js';
import {
  applyPriceElementChange,
  checkNewPriceElement,
  checkPriceElementChange,
  insertPriceElement,
  priceElementOf,
} from './price-elements.js';

/**
 * Imports contracts (sheet Kontrakter, or the first sheet, or a CSV file), their price elements (sheet
 * Priselementer) and suppliers (sheet Leverandører, by the supplier import's rules, first) in one transaction.
 *
 * Every row is read and then written through the contract use cases' own functions, inside the transaction,
 * so every rule of the register (`checkContract`, price-element checks …) is applied exactly as in the API and
 * its errors are reported on the cell they concern; a real import with any error rolls the transaction back
 * and answers `422 import_invalid`. A dry run opens no transaction and writes nothing: each row goes through
 * the same checks (`checkNewContract`, `checkContractChange`, …) with what the file would create so far
 * (`PlannedIds`) taken as written, and the plan is the answer.
 * Idempotent: contracts are matched by number, price elements by (contract, number) or else name, suppliers
 * by CVR number; only fields that differ are changed, and a column left out of the file is left untouched.
 * A unit the column Ansvarlig enhed names that the organisation lacks is listed in the report (`missingUnits`);
 * with `createMissingUnits` (administrators only, as creating units is) the import creates it at the top of the
 * unit tree, audited, in the same transaction; without it each such cell is an error naming the unit.
 */
export async function importContracts(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bytes: Buffer | undefined,
  dryRun: boolean,
  locale: Locale,
  contentType?: string,
  options: { createMissingUnits?: boolean | undefined } = {},
): Promise<Api.ImportReport> {
  requireOrganisation(caller, options.createMissingUnits ? 'admin' : 'write', organisationId);
  if (!bytes || bytes.length === 0) throw new AppError('import_unreadable');
  const tables = await readTables(bytes, CONTRACT_SHEET, contentType, { isHeadingRow: isContractHeadingRow });
  const named = (...names: string[]) => tables.find((t) => names.some((n) => headingKey(n) === headingKey(t.sheet)));
  const otherSheets = [
    PRICE_ELEMENT_SHEET,
    SUPPLIER_SHEET,
    CONTACT_SHEET,
    GUIDE_SHEET,
    'Price elements',
    'Suppliers',
    'Contacts',
  ];
  const contractTable =
    named(CONTRACT_SHEET, 'Contracts') ?? tables.find((t) => !otherSheets.some((n) => headingKey(n) === headingKey(t.sheet)));
  if (!contractTable)
    throw new AppError('import_invalid', [], [{ sheet: CONTRACT_SHEET, row: null, column: null, code: 'missing_sheet' }]);
  const priceTable = named(PRICE_ELEMENT_SHEET, 'Price elements');
  const supplierTable = named(SUPPLIER_SHEET, 'Suppliers');
  const importAll = async (db: Executor) => {
    const run = new ImportRun(db, caller, organisationId, dryRun, options.createMissingUnits === true);
    if (supplierTable) await run.importSuppliers(supplierTable);
    await run.importContracts(contractTable);
    if (priceTable) await run.importPriceElements(priceTable);
    const report = run.report(locale);
    if (run.errors.length > 0 && !dryRun) throw new AppError('import_invalid', [], run.errors);
    return report;
  };
  // A dry run checks every row against the register as it is and writes nothing, so it opens no transaction.
  return dryRun ? importAll(deps.db) : deps.db.transaction().execute(importAll);
}

type Action = 'create' | 'update' | 'unchanged';

/**
 * New contracts written together: each of a batch's few statements takes about 5 ms for 50 contracts on SQLite
 * (whose statements block the request thread), so other requests get their turn between them; on PostgreSQL a
 * batch saves some thousand round trips (docs/performance.md, the 20,000-row import).
 */
const WRITE_BATCH = 50;

/** Where a contract's supplier or parent comes from: an existing object, or one the import makes first. */
type Ref = { kind: 'id'; id: string | null } | { kind: 'new_supplier'; cvr: string } | { kind: 'file_contract'; number: string };

type ContractPlan = {
  row: number;
  number: string;
  name: string;
  /** The fields read from the row, in the API's form (supplier and parent are set from the refs when written). */
  input: Api.UpdateContractRequest;
  supplier?: Ref;
  /** The column that named the supplier (where a problem with it is reported). */
  supplierColumn: 'supplier' | 'supplierCvr';
  parent?: Ref;
  existing: Contract | null;
  /** The row has errors of its own and is not written. */
  failed: boolean;
  action: Action;
  changed: string[];
  id: string | null;
};

type PriceElementPlan = {
  row: number;
  contractId: string;
  input: Api.UpdatePriceElementRequest;
  existing: PriceElement | null;
  action: Action;
  changed: string[];
  name: string;
};

/** The plain fields that have a column, in column order. */
const PLAIN_COLUMNS = (Object.entries(CONTRACT_FIELDS) as Array<[ContractPlainField, FieldSpec]>).filter(
  ([, spec]) => spec.kind !== 'custom' && spec.column !== undefined,
);

/** A contract field checked as the API checks it (packages/api, derived from the field's declaration). */
const checkField = fieldChecker(Api.UpdateContractRequest);

/** The price element's plain fields (packages/core PRICE_ELEMENT_FIELDS), in column order, and their check. */
const PRICE_PLAIN_COLUMNS = (Object.entries(PRICE_ELEMENT_FIELDS) as Array<[PriceElementPlainField, FieldSpec]>).filter(
  ([, spec]) => spec.kind !== 'custom' && spec.column !== undefined,
);
const checkPriceField = fieldChecker(Api.UpdatePriceElementRequest);

/** The limits a cell is checked by: the API's own (packages/api), read from its request schemas. */
const CONTRACT = Api.CreateContractRequest;
const PRICE_ELEMENT = Api.CreatePriceElementRequest;
const LIMITS = {
  agreementElements: maxItemsOf(CONTRACT, 'agreementElements'),
  tags: maxItemsOf(CONTRACT, 'tags'),
  tag: itemMaxLengthOf(CONTRACT, 'tags'),
  links: maxItemsOf(CONTRACT, 'links'),
  linkLabel: maxLengthOf(Api.Link, 'label'),
  linkUrl: maxLengthOf(Api.Link, 'url'),
  supplierName: maxLengthOf(Api.CreateSupplierRequest, 'name'),
  unitName: maxLengthOf(Api.CreateUnitRequest, 'name'),
  priceElementName: maxLengthOf(PRICE_ELEMENT, 'name'),
};

/** The column a field error of the contract rules (a JSON pointer such as `/termEndsOn`) concerns. */
const COLUMN_OF_FIELD: Record<string, ContractColumnId> = {
  parentId: 'parent',
  responsibleUnitId: 'responsibleUnit',
  termKind: 'termMonths',
};

/**
 * Splits a list cell on semicolons or line breaks. With neither, commas separate the values too (as many
 * spreadsheets write them), unless `isOneValue` accepts the whole text: names may contain commas themselves.
 */
async function splitList(text: string, isOneValue?: (text: string) => boolean | Promise<boolean>): Promise<string[]> {
  const trimmed = text.trim();
  const byComma = !/[;\n]/.test(trimmed) && trimmed.includes(',') && !(isOneValue && (await isOneValue(trimmed)));
  return trimmed
    .split(byComma ? /,/ : /[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const lower = (text: string) => text.trim().toLocaleLowerCase('da');

/** One import: the transaction, what is known of the organisation, and the errors and plan found so far. */
class ImportRun {
  readonly errors: CellError[] = [];
  /** Other requests get a turn every few milliseconds of this import's work. */
  readonly pace = new Pace();
  private readonly rows: Api.ImportRow[] = [];
  private readonly ignored: Array<{ sheet: string; column: string }> = [];
  private lists = new Map<OptionList, { da: Api.OptionValue[]; en: Api.OptionValue[] }>();
  /** Contract ids by number: existing contracts and those the file creates (once written). */
  private readonly contractIds = new Map<string, string>();
  /** Contract numbers of rows that failed: their price elements are not checked (the row's errors say why). */
  private readonly failedNumbers = new Set<string>();
  /**
   * What the checks of the contract rows look things up in: the organisation as loaded, plus what this import
   * has created so far (in a dry run: would have created), so no row costs a query to check.
   */
  private register: ImportLookup = new ImportLookup((list) => this.list(list));
  /** New contracts checked and waiting to be written (a real import), a batch at a time. */
  private readonly newContracts: Array<{ state: ContractState; responsibilities: readonly Api.ContractResponsibilityInput[] }> =
    [];
  /** Suppliers of the supplier sheet as a dry run leaves them (new ones with planned ids), for the contract rows. */
  private readonly plannedSuppliers: SupplierRef[] = [];
  /** Units the contract sheet names that the organisation lacks, by name (lower case), and the rows naming them. */
  private readonly missingUnits = new Map<string, { name: string; sheet: string; rows: number[]; id: string | null }>();

  constructor(
    private readonly trx: Executor,
    private readonly caller: Caller,
    private readonly organisationId: string,
    private readonly dryRun: boolean,
    private readonly createMissingUnits: boolean,
  ) {}

  /** A row of the report; what a dry run would create has no id yet. */
  private reportRow(row: Api.ImportRow) {
    this.rows.push(this.dryRun && row.action === 'create' ? { ...row, id: null } : row);
  }

  private fail(sheet: string, row: number | null, column: string | null, code: FieldErrorCode, value?: string) {
    if (!this.errors.some((e) => e.sheet === sheet && e.row === row && e.column === column && e.code === code))
      this.errors.push({ sheet, row, column, code, ...(value !== undefined && { value }) });
  }

  /**
   * A unit the organisation lacks, named in a row: listed, and with `createMissingUnits` created (at the top of
   * the tree; a dry run plans its id) the first time it is named. Its id, or null when it is not created.
   */
  private async missingUnit(sheet: string, row: number, name: string): Promise<string | null> {
    const key = lower(name);
    let missing = this.missingUnits.get(key);
    if (!missing) {
      missing = { name: name.trim(), sheet, rows: [], id: null };
      this.missingUnits.set(key, missing);
      if (this.createMissingUnits) {
        missing.id = this.dryRun
          ? randomUUID()
          : (await insertUnit(this.trx, this.caller, this.organisationId, { name: missing.name })).id;
        this.register.addUnit(missing.id);
      }
    }
    missing.rows.push(row);
    return missing.id;
  }

  private async list(list: OptionList) {
    let values = this.lists.get(list);
    if (!values) {
      const [da, en] = await Promise.all([
        resolvedList(this.trx, this.organisationId, list, 'da'),
        resolvedList(this.trx, this.organisationId, list, 'en'),
      ]);
      values = { da, en };
      this.lists.set(list, values);
    }
    return values;
  }

  /**
   * The key of an option value named by key or label (Danish or English, the organisation's or the default),
   * or null. A disabled value is refused unless the object already has it (`current`).
   */
  private async optionKey(list: OptionList, text: string, current: readonly string[]): Promise<string | null> {
    const { da, en } = await this.list(list);
    const wanted = headingKey(text);
    const value = da.find((v, i) => {
      const defaults = DEFAULT_OPTIONS[list].find((d) => d.key === v.key);
      return [v.key, v.label, en[i]?.label, defaults?.da, defaults?.en].some((w) => w !== undefined && headingKey(w) === wanted);
    });
    if (!value || (value.disabled && !current.includes(value.key))) return null;
    return value.key;
  }

  /**
   * A plain field's cell read by the field's kind, in the API's form: text as written, an option value or an
   * enumeration's value by label or key (an empty enumeration or whole-number cell is its default), dates, months,
   * whole numbers, amounts and decimals the Danish way, yes or no (empty is no).
   */
  private async plainCell(spec: FieldSpec, cell: Cell, current: unknown): Promise<Parsed<unknown>> {
    const text = () => cellText(cell);
    switch (spec.kind) {
      case 'text':
        return { ok: true, value: text() };
      case 'option': {
        const written = text();
        if (written === null) return { ok: true, value: null };
        const key = await this.optionKey(spec.list, written, typeof current === 'string' ? [current] : []);
        return key === null ? { ok: false, code: 'unknown_option' } : { ok: true, value: key };
      }
      case 'enum': {
        const written = text();
        if (written === null) return { ok: true, value: spec.default ?? null };
        const key = enumKeyOf(spec.labels, written);
        return key === null ? { ok: false, code: 'invalid_value' } : { ok: true, value: key };
      }
      case 'yesNo': {
        const written = text();
        const key = written === null ? 'no' : enumKeyOf(YES_NO_LABELS, written);
        return key === null ? { ok: false, code: 'invalid_value' } : { ok: true, value: key === 'yes' };
      }
      case 'date':
        return cellDate(cell);
      case 'months':
        return cellMonths(cell, spec.min, spec.max);
      case 'integer': {
        const parsed = cellInteger(cell, spec.min, spec.max);
        return parsed.ok && parsed.value === null ? { ok: true, value: spec.default ?? null } : parsed;
      }
      case 'monthOfYear':
        return cellMonthOfYear(cell);
      case 'money':
        return cellMoney(cell);
      case 'decimal':
        return cellDecimal(cell);
      case 'custom':
        throw new Error('a custom field is read by its own code');
    }
  }

  // ------------------------------------------------------------------------------------------ suppliers

  /** The supplier sheet, by the supplier import's own rules, written first so contracts can name its suppliers. */
  async importSuppliers(table: Table) {
    const { rows, errors } = await planSupplierImport(this.trx, this.organisationId, table, this.pace);
    for (const e of errors) this.fail(e.sheet, e.row, e.column, e.code);
    const failed = new Set(errors.map((e) => e.row));
    for (const planned of rows) {
      await this.pace.step();
      const id = failed.has(planned.row)
        ? null
        : this.dryRun
          ? this.planSupplier(planned.existing, planned.values.name ?? null, planned.values.cvr ?? null)
          : await applySupplierRow(this.trx, this.caller, this.organisationId, planned);
      this.reportRow({
        sheet: table.sheet,
        row: planned.row,
        kind: 'supplier',
        action: planned.action,
        name: planned.values.name ?? planned.existing?.name ?? '',
        id,
        changedFields: planned.changed,
      });
    }
  }

  /** A dry run's supplier: the existing one (with the name and CVR number the file gives it), or a planned new one. */
  private planSupplier(existing: SupplierRef | null, name: string | null, cvr: string | null): string {
    const id = existing?.id ?? randomUUID();
    this.plannedSuppliers.push({ id, name: name ?? existing?.name ?? '', cvr: cvr ?? existing?.cvr ?? null });
    return id;
  }

  // ------------------------------------------------------------------------------------------ contracts

  async importContracts(table: Table) {
    const { found, unknown } = columnsOf(table, CONTRACT_COLUMNS);
    for (const column of unknown) this.ignored.push({ sheet: table.sheet, column });
    if (!found.has('number')) this.fail(table.sheet, 1, 'Kontraktnummer', 'missing_column');
    if (!found.has('name')) this.fail(table.sheet, 1, 'Navn', 'missing_column');
    if (!found.has('number') || !found.has('name')) return;

    const existing = await listAllContracts(this.trx, this.organisationId);
    const byNumber = new Map(existing.map((c) => [c.number, c]));
    for (const c of existing) this.contractIds.set(c.number, c.id);
    const numbersInFile = new Set(table.rows.map((r) => cellText(r.cells.get(found.get('number') ?? '') ?? null)));
    const lookups = await this.contractLookups(existing);
    const newSuppliers = new Map<string, { name: string; row: number; id: string | null }>();
    const seen = new Set<string>();
    const plans: ContractPlan[] = [];

    for (const tableRow of table.rows) {
      await this.pace.step();
      const errorsBefore = this.errors.length;
      const heading = (id: ContractColumnId) => found.get(id) ?? CONTRACT_COLUMNS.find((c) => c.id === id)?.heading ?? id;
      const fail = (id: ContractColumnId, code: FieldErrorCode) => this.fail(table.sheet, tableRow.row, heading(id), code);
      const cell = (id: ContractColumnId): Cell => tableRow.cells.get(found.get(id) ?? '') ?? null;
      const has = (id: ContractColumnId) => found.has(id);

      const number = cellText(cell('number'));
      const numberProblem = number === null ? 'required' : checkField('number', number);
      if (numberProblem) fail('number', numberProblem);
      else if (number !== null && seen.has(number)) fail('number', 'duplicate_number_in_file');
      if (number !== null) seen.add(number);
      const current = number === null ? null : (byNumber.get(number) ?? null);

      const input: Api.UpdateContractRequest = {};
      if (number !== null) input.number = number;
      const name = cellText(cell('name'));
      const nameProblem = name === null ? 'required' : checkField('name', name);
      if (nameProblem) fail('name', nameProblem);
      else if (name !== null) input.name = name;

      // The plain fields (packages/core CONTRACT_FIELDS), each read by its kind and checked by the API's schema;
      // grouped by kind in the order the checks have always been made (so a row's errors keep their order).
      const plain = async (...kinds: FieldKind[]) => {
        for (const [id, spec] of PLAIN_COLUMNS) {
          if (!kinds.includes(spec.kind) || !has(id)) continue;
          const parsed = await this.plainCell(spec, cell(id), current?.[id] ?? null);
          const problem = parsed.ok ? checkField(id, parsed.value) : parsed.code;
          if (problem) fail(id, problem);
          else if (parsed.ok) (input as Record<string, unknown>)[id] = parsed.value;
        }
      };
      await plain('text', 'option');
      if (has('agreementElements')) {
        const keys: string[] = [];
        const had = current?.agreementElements ?? [];
        const isOne = async (text: string) => (await this.optionKey('agreement_element', text, had)) !== null;
        for (const text of await splitList(cellText(cell('agreementElements')) ?? '', isOne)) {
          const key = await this.optionKey('agreement_element', text, had);
          if (key === null) fail('agreementElements', 'unknown_option');
          else if (!keys.includes(key)) keys.push(key);
        }
        if (keys.length > LIMITS.agreementElements) fail('agreementElements', 'too_long');
        input.agreementElements = keys;
      }
      if (has('tags')) {
        const tags = await splitList(cellText(cell('tags')) ?? '');
        if (tags.length > LIMITS.tags || tags.some((t) => t.length > LIMITS.tag)) fail('tags', 'too_long');
        else input.tags = tags;
      }
      await plain('date');
      this.readTerm(input, current, has, cell, fail);
      await plain('months', 'monthOfYear', 'enum', 'yesNo');
      if (has('currency')) {
        const text = cellText(cell('currency'))?.toUpperCase() ?? 'DKK';
        if (/^[A-Z]{3}$/.test(text)) input.currency = text;
        else fail('currency', 'invalid_format');
      }
      await plain('money', 'decimal');
      if (has('priceIndexBaseMonth')) {
        const parsed = baseMonthOf(cell('priceIndexBaseMonth'));
        if (parsed.ok) input.priceIndexBaseMonth = parsed.value;
        else fail('priceIndexBaseMonth', parsed.code);
      }
      if (has('priceRegulationDate')) {
        const parsed = regulationDateOf(cell('priceRegulationDate'));
        if (parsed.ok) input.priceRegulationDate = parsed.value;
        else fail('priceRegulationDate', parsed.code);
      }
      if (has('links')) {
        const parsed = await linksOf(cellText(cell('links')));
        if (parsed.ok) input.links = parsed.value;
        else fail('links', parsed.code);
      }
      if (has('responsibleUnit')) {
        const text = cellText(cell('responsibleUnit'));
        const unit =
          text === null ? ({ ok: true, value: null } as const) : pickByName(lookups.units, text, current?.responsibleUnitId);
        if (unit.ok) input.responsibleUnitId = unit.value;
        else if (unit.code !== 'unknown_reference' || text === null) fail('responsibleUnit', unit.code);
        else if (text.length > LIMITS.unitName) fail('responsibleUnit', 'too_long');
        else {
          const id = await this.missingUnit(table.sheet, tableRow.row, text);
          if (id !== null) input.responsibleUnitId = id;
          else this.fail(table.sheet, tableRow.row, heading('responsibleUnit'), 'unknown_unit', text);
        }
      }
      if (has('responsibilities')) {
        const wanted: Api.ContractResponsibilityInput[] = [];
        const currentRoles = lookups.responsibilities.get(current?.id ?? '')?.map((r) => r.role) ?? [];
        for (const part of await splitList(cellText(cell('responsibilities')) ?? '', () => true)) {
          const colon = part.indexOf(':');
          const email = lower(part.slice(colon + 1));
          if (colon < 1 || email === '') {
            fail('responsibilities', 'invalid_format');
            continue;
          }
          const role = await this.optionKey(RESPONSIBILITY_FIELDS.role.list, part.slice(0, colon), currentRoles);
          const userId = lookups.members.get(email) ?? lookups.formerMembers.get(email);
          if (role === null) fail('responsibilities', 'unknown_option');
          else if (!userId) fail('responsibilities', 'not_a_member');
          else wanted.push({ role, userId });
        }
        input.responsibilities = wanted;
      }

      // The supplier: by CVR number when the column has one (a new CVR with a name makes the supplier), else by name.
      let supplier: Ref | undefined;
      let supplierColumn: 'supplier' | 'supplierCvr' = 'supplier';
      const cvrText = has('supplierCvr') ? cellText(cell('supplierCvr')) : null;
      const supplierName = has('supplier') ? cellText(cell('supplier')) : null;
      if (cvrText !== null) {
        supplierColumn = 'supplierCvr';
        const cvr = normaliseCvr(cvrText);
        const problem = cvrProblem(cvr);
        const known = lookups.suppliersByCvr.get(cvr);
        if (problem) fail('supplierCvr', problem === 'checksum' ? 'cvr_checksum' : 'invalid_format');
        else if (known) supplier = { kind: 'id', id: known.id };
        else if (supplierName === null) fail('supplierCvr', 'unknown_reference');
        else if (supplierName.length > LIMITS.supplierName) fail('supplier', 'too_long');
        else {
          supplier = { kind: 'new_supplier', cvr };
          if (!newSuppliers.has(cvr)) newSuppliers.set(cvr, { name: supplierName, row: tableRow.row, id: null });
        }
      } else if (supplierName !== null) {
        const match = pickByName(lookups.suppliersByName, supplierName, current?.supplierId);
        if (match.ok) supplier = { kind: 'id', id: match.value };
        else fail('supplier', match.code);
      } else if (has('supplier') || has('supplierCvr')) supplier = { kind: 'id', id: null };

      let parent: Ref | undefined;
      if (has('parent')) {
        const parentNumber = cellText(cell('parent'));
        if (parentNumber === null) parent = { kind: 'id', id: null };
        else if (parentNumber === number) fail('parent', 'parent_invalid');
        else if (byNumber.has(parentNumber)) parent = { kind: 'id', id: byNumber.get(parentNumber)?.id ?? null };
        else if (numbersInFile.has(parentNumber)) parent = { kind: 'file_contract', number: parentNumber };
        else fail('parent', 'unknown_reference');
      }

      const failed = this.errors.length > errorsBefore || number === null;
      if (failed && number !== null && !current) this.failedNumbers.add(number);
      const plan: ContractPlan = {
        row: tableRow.row,
        number: number ?? '',
        name: name ?? current?.name ?? '',
        input,
        existing: current,
        failed,
        action: 'create',
        changed: [],
        id: current?.id ?? null,
        supplierColumn,
        ...(supplier && { supplier }),
        ...(parent && { parent }),
      };
      this.planChanges(plan, lookups.responsibilities.get(current?.id ?? '') ?? []);
      plans.push(plan);
    }

    await this.createSuppliers(table.sheet, newSuppliers);
    await this.writeContracts(table.sheet, plans, newSuppliers, found);
    for (const plan of plans) {
      this.reportRow({
        sheet: table.sheet,
        row: plan.row,
        kind: 'contract',
        action: plan.action,
        name: plan.name,
        id: plan.id,
        changedFields: plan.changed,
      });
    }
  }

  /**
   * The term from "Løbetid (mdr.)" (months, or "løbende") and "Udløbsdato": months, an end date, or ongoing when
   * both are empty. Both may be given when they agree (the end is the last day of the months from in-force).
   */
  private readTerm(
    input: Api.UpdateContractRequest,
    current: Contract | null,
    has: (id: ContractColumnId) => boolean,
    cell: (id: ContractColumnId) => Cell,
    fail: (id: ContractColumnId, code: FieldErrorCode) => void,
  ) {
    if (!has('termMonths') && !has('termEndsOn')) return;
    const isOngoing = (c: Cell) => typeof c === 'string' && ONGOING_WORDS.some((w) => headingKey(w) === headingKey(c));
    const monthsCell = has('termMonths') ? cell('termMonths') : null;
    const endCell = has('termEndsOn') ? cell('termEndsOn') : null;
    let ongoing = isOngoing(monthsCell) || isOngoing(endCell);
    let months: number | null = null;
    let end: CalendarDate | null = null;
    if (!isOngoing(monthsCell)) {
      const parsed = cellMonths(monthsCell, 1, 1200);
      if (parsed.ok) months = parsed.value;
      else return fail('termMonths', parsed.code);
    }
    if (!isOngoing(endCell)) {
      const parsed = cellDate(endCell);
      if (parsed.ok) end = parsed.value;
      else return fail('termEndsOn', parsed.code);
    }
    if (ongoing && (months !== null || end !== null)) return fail('termEndsOn', 'term_conflict');
    if (months !== null && end !== null) {
      const from = input.inForceFrom !== undefined ? input.inForceFrom : (current?.inForceFrom ?? null);
      if (!from || termEnd(from, months) !== end) return fail('termEndsOn', 'term_conflict');
      end = null;
    }
    ongoing = months === null && end === null;
    input.termKind = ongoing ? 'ongoing' : months !== null ? 'months' : 'end_date';
    input.termMonths = months;
    input.termEndsOn = end;
  }

  /** Create, update or unchanged, and the fields that change (compared as the register stores them). */
  private planChanges(plan: ContractPlan, currentResponsibilities: ReadonlyArray<{ role: string; userId: string }>) {
    const { input, existing } = plan;
    if (!existing) {
      plan.action = 'create';
      plan.changed = Object.entries(input)
        .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k]) => k);
      if (plan.supplier && !(plan.supplier.kind === 'id' && plan.supplier.id === null)) plan.changed.push('supplierId');
      if (plan.parent && !(plan.parent.kind === 'id' && plan.parent.id === null)) plan.changed.push('parentId');
      return;
    }
    const before = stateOf(existing) as unknown as Record<string, unknown>;
    const { responsibilities, ...fields } = input;
    const after = contractValuesOf(fields) as Record<string, unknown>;
    plan.changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    if (responsibilities) {
      const key = (r: { role: string; userId: string }) => `${r.role}:${r.userId}`;
      const a = new Set(responsibilities.map(key));
      const b = new Set(currentResponsibilities.map(key));
      if (a.size !== b.size || [...a].some((k) => !b.has(k)) || responsibilities.length !== a.size)
        plan.changed.push('responsibilities');
    }
    const refChanged = (ref: Ref | undefined, currentId: string | null) =>
      ref !== undefined && !(ref.kind === 'id' && ref.id === currentId);
    if (refChanged(plan.supplier, existing.supplierId)) plan.changed.push('supplierId');
    if (refChanged(plan.parent, existing.parentId)) plan.changed.push('parentId');
    plan.action = plan.changed.length > 0 ? 'update' : 'unchanged';
  }

  /** Suppliers named by a new CVR number and a name in the contract sheet, made before the contracts. */
  private async createSuppliers(sheet: string, newSuppliers: Map<string, { name: string; row: number; id: string | null }>) {
    for (const [cvr, supplier] of newSuppliers) {
      supplier.id = this.dryRun
        ? this.planSupplier(null, supplier.name, cvr)
        : (await insertSupplier(this.trx, this.caller, this.organisationId, { name: supplier.name, cvr, country: 'DK' })).id;
      this.register.suppliers.add(supplier.id);
      this.reportRow({
        sheet,
        row: supplier.row,
        kind: 'supplier',
        action: 'create',
        name: supplier.name,
        id: supplier.id,
        changedFields: ['name', 'cvr'],
      });
    }
  }

  /**
   * Writes the contract rows through the contract use cases, a main contract before the tillæg the file
   * places under it. A rule the use cases refuse becomes an error on the cell of the field concerned.
   */
  private async writeContracts(
    sheet: string,
    plans: ContractPlan[],
    newSuppliers: Map<string, { id: string | null }>,
    found: Map<ContractColumnId, string>,
  ) {
    const heading = (id: ContractColumnId | null) =>
      id === null ? null : (found.get(id) ?? CONTRACT_COLUMNS.find((c) => c.id === id)?.heading ?? id);
    let pending = plans.filter((p) => !p.failed);
    while (pending.length > 0) {
      const waiting: ContractPlan[] = [];
      for (const plan of pending) {
        await this.pace.step();
        const parent = plan.parent;
        if (parent?.kind === 'file_contract') {
          // Under a main contract the file creates: after it, and not at all if its row failed.
          if (this.failedNumbers.has(parent.number)) {
            this.failedNumbers.add(plan.number);
            continue;
          }
          if (!this.contractIds.has(parent.number)) {
            waiting.push(plan);
            continue;
          }
        }
        await this.writeContract(plan, newSuppliers, (id, code) => this.fail(sheet, plan.row, heading(id), code));
      }
      if (waiting.length === pending.length) {
        // The remaining rows place each other under one another in a circle.
        for (const plan of waiting) {
          this.fail(sheet, plan.row, heading('parent'), 'parent_invalid');
          this.failedNumbers.add(plan.number);
        }
        break;
      }
      pending = waiting;
    }
    await this.writeNewContracts();
  }

  /**
   * A checked new contract of a real import, written with the others of its batch (a few multi-row
   * statements for a batch instead of some twenty for each contract). Batches are written in the order the
   * contracts were checked, so a main contract is written before the tillæg under it.
   */
  private async writeLater(state: ContractState, responsibilities: readonly Api.ContractResponsibilityInput[]) {
    this.newContracts.push({ state, responsibilities });
    if (this.newContracts.length >= WRITE_BATCH) await this.writeNewContracts();
  }

  private async writeNewContracts() {
    const batch = this.newContracts.splice(0);
    if (batch.length > 0) await insertContracts(this.trx, this.caller, batch, () => this.pace.step());
    await this.pace.step();
  }

  private async writeContract(
    plan: ContractPlan,
    newSuppliers: Map<string, { id: string | null }>,
    fail: (id: ContractColumnId | null, code: FieldErrorCode) => void,
  ) {
    const input: Api.UpdateContractRequest = { ...plan.input };
    // Unchanged responsibilities are not rechecked (a person who has left keeps the role until it is changed).
    if (!plan.changed.includes('responsibilities')) delete input.responsibilities;
    const idOf = (ref: Ref): string | null =>
      ref.kind === 'id'
        ? ref.id
        : ref.kind === 'new_supplier'
          ? (newSuppliers.get(ref.cvr)?.id ?? null)
          : (this.contractIds.get(ref.number) ?? null);
    if (plan.supplier) input.supplierId = idOf(plan.supplier);
    if (plan.parent) input.parentId = idOf(plan.parent);
    try {
      if (plan.existing) {
        if (plan.action === 'update') {
          if (this.dryRun) await checkContractChange(this.trx, plan.existing, input, this.caller.audit.clock, this.register);
          else {
            // The change may place the contract under one of the new contracts waiting to be written.
            await this.writeNewContracts();
            await applyContractChange(this.trx, this.caller, plan.existing, input, this.register);
          }
          if (input.parentId !== undefined) this.register.parents.set(plan.existing.id, input.parentId);
        }
        plan.id = plan.existing.id;
      } else {
        const create = { ...input, number: plan.number, name: plan.name };
        const state = await checkNewContract(this.trx, this.organisationId, create, this.caller.audit.clock, this.register);
        plan.id = state.id;
        if (!this.dryRun) await this.writeLater(state, create.responsibilities ?? []);
        this.register.addContract(plan.id, plan.number, create.parentId ?? null);
        this.contractIds.set(plan.number, plan.id);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (!plan.existing) this.failedNumbers.add(plan.number);
      for (const { field, code } of cellErrorsOf(error)) {
        const name = field.split('/')[1] ?? '';
        const id = name === 'supplierId' ? plan.supplierColumn : ((COLUMN_OF_FIELD[name] ?? name) as ContractColumnId);
        fail(CONTRACT_COLUMNS.some((c) => c.id === id) ? id : null, code);
      }
    }
  }

  private async contractLookups(existing: readonly Contract[]) {
    const replaced = new Set(this.plannedSuppliers.map((p) => p.id));
    const suppliers: SupplierRef[] = [
      ...(await listAllSuppliers(this.trx, this.organisationId)).filter((s) => !replaced.has(s.id)),
      ...this.plannedSuppliers,
    ];
    const units = await listUnits(this.trx, this.organisationId);
    const members = await listMembers(this.trx, this.organisationId);
    const responsibilities = new Map<string, Array<{ role: string; userId: string }>>();
    const ids = existing.map((c) => c.id);
    for (let i = 0; i < ids.length; i += 500) {
      for (const r of await listContractResponsibilities(this.trx, this.organisationId, ids.slice(i, i + 500))) {
        responsibilities.set(r.contractId, [...(responsibilities.get(r.contractId) ?? []), r]);
      }
    }
    // Persons who still hold a role but have left the organisation: an export names them, so a re-import must too.
    const memberIds = new Set(members.map((m) => m.userId));
    const formerMembers = new Map<string, string>();
    for (const userId of new Set([...responsibilities.values()].flat().map((r) => r.userId))) {
      const user = memberIds.has(userId) ? undefined : await getUser(this.trx, userId);
      if (user) formerMembers.set(lower(user.email), user.id);
    }
    this.register.load({ suppliers, units, members, contracts: existing });
    return {
      suppliersByCvr: new Map(suppliers.filter((s) => s.cvr).map((s) => [s.cvr as string, s])),
      suppliersByName: groupByName(suppliers),
      units: groupByName(units),
      members: new Map(members.map((m) => [lower(m.email), m.userId])),
      formerMembers,
      responsibilities,
    };
  }

  // ------------------------------------------------------------------------------------------ price elements

  async importPriceElements(table: Table) {
    const { found, unknown } = columnsOf(table, PRICE_ELEMENT_COLUMNS);
    for (const column of unknown) this.ignored.push({ sheet: table.sheet, column });
    for (const required of ['contractNumber', 'name', 'unitPrice'] as const) {
      if (!found.has(required))
        this.fail(table.sheet, 1, PRICE_ELEMENT_COLUMNS.find((c) => c.id === required)?.heading ?? required, 'missing_column');
    }
    if (!found.has('contractNumber') || !found.has('name') || !found.has('unitPrice')) return;
    if (this.contractIds.size === 0) {
      for (const c of await listAllContracts(this.trx, this.organisationId)) this.contractIds.set(c.number, c.id);
    }
    // With the units the contract sheet plans to create (a real import has created them already).
    const planned = this.dryRun ? [...this.missingUnits.values()].flatMap((u) => (u.id ? [{ id: u.id, name: u.name }] : [])) : [];
    const units = groupByName([...(await listUnits(this.trx, this.organisationId)), ...planned]);
    const elementsOf = new Map<string, PriceElement[]>();
    const matched = new Set<string>();
    const seen = new Set<string>();

    for (const tableRow of table.rows) {
      await this.pace.step();
      const errorsBefore = this.errors.length;
      const heading = (id: PriceElementColumnId) =>
        found.get(id) ?? PRICE_ELEMENT_COLUMNS.find((c) => c.id === id)?.heading ?? id;
      const fail = (id: PriceElementColumnId, code: FieldErrorCode) => this.fail(table.sheet, tableRow.row, heading(id), code);
      const cell = (id: PriceElementColumnId): Cell => tableRow.cells.get(found.get(id) ?? '') ?? null;
      const has = (id: PriceElementColumnId) => found.has(id);

      const contractNumber = cellText(cell('contractNumber'));
      const contractId = contractNumber === null ? undefined : this.contractIds.get(contractNumber);
      if (contractNumber !== null && this.failedNumbers.has(contractNumber)) continue;
      if (contractNumber === null) fail('contractNumber', 'required');
      else if (!contractId) fail('contractNumber', 'unknown_reference');

      const input: Api.UpdatePriceElementRequest = {};
      // The plain fields (packages/core PRICE_ELEMENT_FIELDS), each read by its kind and checked by the API's
      // schema: the number first, the others after the name, unit and price (the order the checks have always had).
      const plain = async (test: (id: PriceElementPlainField) => boolean) => {
        for (const [id, spec] of PRICE_PLAIN_COLUMNS) {
          if (!test(id) || !has(id)) continue;
          const parsed = await this.plainCell(spec, cell(id), null);
          const problem = parsed.ok ? checkPriceField(id, parsed.value) : parsed.code;
          if (problem) fail(id, problem);
          else if (parsed.ok) (input as Record<string, unknown>)[id] = parsed.value;
        }
      };
      const number = has('number') ? cellText(cell('number')) : undefined;
      await plain((id) => id === 'number');
      const name = cellText(cell('name'));
      if (name === null) fail('name', 'required');
      else if (name.length > LIMITS.priceElementName) fail('name', 'too_long');
      else input.name = name;
      if (has('unitCode')) {
        const text = cellText(cell('unitCode'));
        const code = text === null ? 'EA' : (UNIT_CODE_WORDS[lower(text).replace(/\.$/, '')] ?? text.toUpperCase());
        if (/^[A-Z0-9]{2,3}$/.test(code)) input.unitCode = code;
        else fail('unitCode', 'invalid_format');
      }
      const price = cellDecimal(cell('unitPrice'));
      if (!price.ok) fail('unitPrice', price.code);
      else if (price.value === null) fail('unitPrice', 'required');
      else input.unitPrice = price.value;
      await plain((id) => id !== 'number');

      // Which existing element the row is: same number, else (no number, or a new number) the same name.
      let existing: PriceElement | null = null;
      if (contractId) {
        let elements = elementsOf.get(contractId);
        if (!elements) {
          elements = (await listPriceElements(this.trx, this.organisationId, { contractId, limit: 100_000, offset: 0 })).items;
          elementsOf.set(contractId, elements);
        }
        const byName = (e: PriceElement) => name !== null && lower(e.name) === lower(name);
        existing =
          (number ? elements.find((e) => e.number === number) : undefined) ??
          elements.find((e) => byName(e) && (!number || e.number === null) && !matched.has(e.id)) ??
          null;
        const key = number ? `${contractId}#${number}` : `${contractId}:${lower(name ?? '')}`;
        if (seen.has(key) || (existing && matched.has(existing.id)))
          fail(number ? 'number' : 'name', number ? 'duplicate_number_in_file' : 'duplicate');
        seen.add(key);
        if (existing) matched.add(existing.id);
      }
      if (has('payingUnitIds')) {
        const ids: string[] = [];
        const isOne = (text: string) => units.has(lower(text));
        for (const unitName of await splitList(cellText(cell('payingUnitIds')) ?? '', isOne)) {
          const unit = pickByName(units, unitName, null, existing?.payingUnitIds);
          if (!unit.ok) fail('payingUnitIds', unit.code);
          else if (unit.value && !ids.includes(unit.value)) ids.push(unit.value);
        }
        input.payingUnitIds = ids;
      }
      if (!contractId) continue;
      const plan: PriceElementPlan = {
        row: tableRow.row,
        contractId,
        input,
        existing,
        action: 'create',
        changed: [],
        name: name ?? existing?.name ?? '',
      };
      this.planPriceElement(plan);
      const failed = this.errors.length > errorsBefore;
      const id = failed
        ? null
        : await this.writePriceElement(
            plan,
            (column, code) => this.fail(table.sheet, plan.row, column && heading(column), code),
            elementsOf,
          );
      this.reportRow({
        sheet: table.sheet,
        row: plan.row,
        kind: 'price_element',
        action: plan.action,
        name: plan.name,
        id,
        changedFields: plan.changed,
      });
    }
  }

  private planPriceElement(plan: PriceElementPlan) {
    const { input, existing } = plan;
    if (!existing) {
      plan.changed = Object.entries(input)
        .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k]) => k);
      return;
    }
    const same = (field: keyof Api.UpdatePriceElementRequest): boolean => {
      const a = input[field];
      const b = existing[field as keyof PriceElement];
      if (field === 'payingUnitIds') {
        const x = new Set(a as string[]);
        const y = new Set(b as string[]);
        return x.size === y.size && [...x].every((v) => y.has(v));
      }
      if (field === 'unitPrice' || field === 'quantity')
        return (a === null ? null : canonicalDecimal(a as string)) === (b === null ? null : canonicalDecimal(b as string));
      return a === b;
    };
    plan.changed = (Object.keys(input) as Array<keyof Api.UpdatePriceElementRequest>).filter((f) => !same(f));
    plan.action = plan.changed.length > 0 ? 'update' : 'unchanged';
  }

  private async writePriceElement(
    plan: PriceElementPlan,
    fail: (id: PriceElementColumnId | null, code: FieldErrorCode) => void,
    elementsOf: Map<string, PriceElement[]>,
  ): Promise<string | null> {
    try {
      if (plan.existing) {
        if (plan.action === 'unchanged') return plan.existing.id;
        const patch = Object.fromEntries(
          plan.changed.map((f) => [f, plan.input[f as keyof Api.UpdatePriceElementRequest]]),
        ) as Api.UpdatePriceElementRequest;
        if (this.dryRun) await checkPriceElementChange(this.trx, plan.existing, patch);
        else await applyPriceElementChange(this.trx, this.caller, plan.existing, patch);
        return plan.existing.id;
      }
      const { name = '', unitPrice = '0', ...rest } = plan.input;
      const create = { ...rest, name, unitPrice };
      const created = this.dryRun
        ? priceElementOf(
            await checkNewPriceElement(this.trx, this.organisationId, plan.contractId, create, this.caller.audit.clock),
          )
        : await insertPriceElement(this.trx, this.caller, this.organisationId, plan.contractId, create);
      elementsOf.get(plan.contractId)?.push(created);
      return created.id;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const { field, code } of cellErrorsOf(error)) {
        const name = field.split('/')[1] ?? '';
        const id = name as PriceElementColumnId;
        fail(PRICE_ELEMENT_COLUMNS.some((c) => c.id === id) ? id : null, code);
      }
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------ report

  report(locale: Locale): Api.ImportReport {
    const rows = this.rows;
    return {
      dryRun: this.dryRun,
      applied: !this.dryRun && this.errors.length === 0,
      created: rows.filter((r) => r.action === 'create').length,
      updated: rows.filter((r) => r.action === 'update').length,
      unchanged: rows.filter((r) => r.action === 'unchanged').length,
      rows,
      errors: this.errors.map((e) => ({ ...e, message: cellMessage(e, locale) })),
      ...(this.missingUnits.size > 0 && {
        missingUnits: [...this.missingUnits.values()].map((u) => ({
          name: u.name,
          sheet: u.sheet,
          rows: u.rows,
          created: u.id !== null,
          id: this.dryRun ? null : u.id,
        })),
      }),
      ...(this.ignored.length > 0 && { ignoredColumns: this.ignored }),
    };
  }
}

/** The contract rules' errors as field errors: a validation error's fields, or the field a conflict concerns. */
function cellErrorsOf(error: AppError): Array<{ field: string; code: FieldErrorCode }> {
  switch (error.code) {
    case 'validation_failed':
      return error.fieldErrors.map((e) => ({ field: e.field, code: e.code }));
    case 'contract_parent_invalid':
      return [{ field: '/parentId', code: 'parent_invalid' }];
    case 'contract_number_taken':
      return [{ field: '/number', code: 'duplicate_number_in_file' }];
    case 'price_element_number_taken':
      return [{ field: '/number', code: 'duplicate' }];
    case 'supplier_cvr_taken':
      return [{ field: '/supplierId', code: 'duplicate' }];
    default:
      return [{ field: '', code: 'invalid_value' }];
  }
}

type Named = { id: string; name: string };

/**
 * The register as an import knows it (RegisterLookup): loaded once, then kept up to date with every contract and
 * supplier the import creates or plans, and every parent it changes.
 */
class ImportLookup implements RegisterLookup {
  readonly suppliers = new Set<string>();
  private readonly units = new Set<string>();
  private readonly members = new Set<string>();
  readonly parents = new Map<string, string | null>();
  private readonly numbers = new Map<string, string>();

  constructor(private readonly optionList: (list: OptionList) => Promise<{ da: Api.OptionValue[] }>) {}

  load(register: {
    suppliers: readonly { id: string }[];
    units: readonly { id: string }[];
    members: readonly { userId: string }[];
    contracts: readonly Contract[];
  }) {
    for (const s of register.suppliers) this.suppliers.add(s.id);
    for (const u of register.units) this.units.add(u.id);
    for (const m of register.members) this.members.add(m.userId);
    for (const c of register.contracts) this.addContract(c.id, c.number, c.parentId);
  }

  addContract(id: string, number: string, parentId: string | null) {
    this.parents.set(id, parentId);
    this.numbers.set(number, id);
  }

  async hasSupplier(id: string) {
    return this.suppliers.has(id);
  }
  addUnit(id: string) {
    this.units.add(id);
  }
  async hasUnit(id: string) {
    return this.units.has(id);
  }
  async hasContract(id: string) {
    return this.parents.has(id);
  }
  async ancestors(contractId: string) {
    const chain: string[] = [];
    for (let id = this.parents.get(contractId) ?? null; id !== null && chain.length < 10_000; id = this.parents.get(id) ?? null) {
      chain.push(id);
    }
    return chain;
  }
  async contractIdWithNumber(number: string) {
    return this.numbers.get(number) ?? null;
  }
  async option(list: OptionList, key: string) {
    return (await this.optionList(list)).da.find((v) => v.key === key) ?? null;
  }
  async isMember(userId: string) {
    return this.members.has(userId);
  }
}

/** What the contract rows need of a supplier: to find it by CVR number or name. */
type SupplierRef = { id: string; name: string; cvr: string | null };

function groupByName<T extends Named>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(lower(item.name), [...(groups.get(lower(item.name)) ?? []), item]);
  return groups;
}

/**
 * The one object with the name (case-insensitive). When several share it, the one the object already has
 * (`current`, or one of `currentIds`) is kept; otherwise the name is ambiguous.
 */
function pickByName<T extends Named>(
  groups: Map<string, T[]>,
  name: string,
  current: string | null | undefined,
  currentIds: readonly string[] = [],
): Parsed<string | null> {
  const matches = groups.get(lower(name)) ?? [];
  if (matches.length === 0) return { ok: false, code: 'unknown_reference' };
  if (matches.length === 1) return { ok: true, value: (matches[0] as T).id };
  const kept = matches.find((m) => m.id === current || currentIds.includes(m.id));
  return kept ? { ok: true, value: kept.id } : { ok: false, code: 'ambiguous_reference' };
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  marts: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The index base month as YYYY-MM from 2024-10, 10-2024, 10/2024, "okt 2024", a date or a date cell. */
function baseMonthOf(cell: Cell): Parsed<string | null> {
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  if (cell instanceof Date || typeof cell === 'number') {
    const date = cellDate(cell);
    return date.ok && date.value ? { ok: true, value: date.value.slice(0, 7) } : { ok: false, code: 'invalid_date' };
  }
  const value = lower(text);
  let year: number | null = null;
  let month: number | null = null;
  const iso = /^(\d{4})[-./](\d{1,2})$/.exec(value);
  const danish = /^(\d{1,2})[-./](\d{4})$/.exec(value);
  const named = /^([a-zæøå]+)\.?\s*(\d{4})$/.exec(value);
  if (iso) [year, month] = [Number(iso[1]), Number(iso[2])];
  else if (danish) [year, month] = [Number(danish[2]), Number(danish[1])];
  else if (named) [year, month] = [Number(named[2]), MONTH_NAMES[named[1] ?? ''] ?? null];
  else {
    const date = parseDanishDate(value);
    if (date) return { ok: true, value: date.slice(0, 7) };
  }
  if (year === null || month === null || month < 1 || month > 12) return { ok: false, code: 'invalid_date' };
  return { ok: true, value: `${year}-${pad(month)}` };
}

/** The yearly regulation day as MM-DD (stored) from day-first text (01-07, 1.7, "1. juli"), a date or a date cell. */
function regulationDateOf(cell: Cell): Parsed<string | null> {
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  if (cell instanceof Date || typeof cell === 'number') {
    const date = cellDate(cell);
    return date.ok && date.value ? { ok: true, value: date.value.slice(5) } : { ok: false, code: 'invalid_date' };
  }
  const value = lower(text);
  let day: number | null = null;
  let month: number | null = null;
  const numeric = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$/.exec(value);
  const named = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?$/.exec(value);
  if (numeric) [day, month] = [Number(numeric[1]), Number(numeric[2])];
  else if (named) [day, month] = [Number(named[1]), MONTH_NAMES[named[2] ?? ''] ?? null];
  else {
    const date = parseDanishDate(value);
    if (date) return { ok: true, value: date.slice(5) };
  }
  if (day === null || month === null || !isCalendarDate(`2024-${pad(month)}-${pad(day)}`))
    return { ok: false, code: 'invalid_date' };
  return { ok: true, value: `${pad(month)}-${pad(day)}` };
}

/** Links as "text: address; …" (an address alone is its own text). */
async function linksOf(text: string | null): Promise<Parsed<Array<{ label: string; url: string }>>> {
  const links: Array<{ label: string; url: string }> = [];
  for (const part of await splitList(text ?? '', () => true)) {
    const labelled = /^(.*?):\s+(\S+:\S+)$/.exec(part);
    const [label, url] = labelled ? [(labelled[1] ?? '').trim(), labelled[2] ?? ''] : [part, part];
    if (!URL.canParse(url) || url.length > LIMITS.linkUrl) return { ok: false, code: 'invalid_format' };
    links.push({ label: (label || url).slice(0, LIMITS.linkLabel), url });
  }
  return links.length > LIMITS.links ? { ok: false, code: 'too_long' } : { ok: true, value: links };
}
