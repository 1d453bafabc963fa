#!/usr/bin/env node
// Invoice intake benchmark (issue 5). BENCH_LINES (default 200,000) invoice lines in generated Peppol BIS 3
// invoices and a few credit notes (a fixed mix of sizes: many of 1–10 lines, some of 50–500, a few of
// 2,000–5,000) are written as files to a temporary folder. On the same files, in the same run:
//  - baseline: `xmllint --noout` (libxml2, C; installed with apt-get if missing) on every file, up to 500 files
//    per invocation, one invocation after the other; the time includes starting xmllint and its reading of
//    the files from the page cache (median of BENCH_ROUNDS);
//  - (a) parseEInvoice from @overblik/ubl on every file's bytes, read into memory beforehand; the reading is
//    timed on its own and not included (median of BENCH_ROUNDS);
//  - (b) parseEInvoice + checkInvoice from @overblik/core with a prepared CheckInput: the generated 20
//    contracts with 10 price elements each, no earlier invoices (median of BENCH_ROUNDS);
//  - (c) the full intake: receiveInvoices from @overblik/server (parse, the check with what it reads from the
//    register, the invoice, its lines, its original bytes and two audit events, one transaction per file),
//    50 files per call, once, into a fresh database with the same contracts and price elements.
// Each is printed as lines/s and MB/s and as its time ÷ xmllint's time.
//   npm run build && node bench/invoices.mjs                   (SQLite)
//   BENCH_DATABASE_URL=postgres://… node bench/invoices.mjs     (PostgreSQL; the database must be empty)
// BENCH_LINES (default 200000), BENCH_ROUNDS (default 3), BENCH_PARTS (default "memory,database"),
// BENCH_KEEP=1 keeps the folder with the files and the SQLite database. At the default size (c) takes about a
// minute on two cores (its cost per line still grows slowly with the invoices already received; docs/performance.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalDecimal, checkInvoice, danishSortKeyOf, daysInMonth, systemClock } from '@overblik/core';
import { readMunicipalities, readPriceIndex } from '@overblik/db';
import { configFromEnv, operatorCaller, receiveInvoices } from '@overblik/server';
import { parseEInvoice } from '@overblik/ubl';
import { sql } from 'kysely';
import { median, openBenchDatabase, pad, prng, sink } from './lib.mjs';

const LINES = Number(process.env.BENCH_LINES ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PARTS = (process.env.BENCH_PARTS ?? 'memory,database').split(',');
const postgresUrl = process.env.BENCH_DATABASE_URL;
const FILES_PER_XMLLINT = 500;
const FILES_PER_INTAKE = 50;
const SUPPLIER_CVR = '21987654';
const SUPPLIER_ID = '6f1f7a52-2c1e-4c0a-9d55-000000000001';
const CONTRACTS = 20;
/** Kommune 101 (København): the receiving organisation, a row of the migrated database. */
const MUNICIPALITY_CODE = '101';
const BUYER_CVR = readMunicipalities().find((m) => m.code === MUNICIPALITY_CODE)?.cvr;
if (!BUYER_CVR) throw new Error(`no municipality ${MUNICIPALITY_CODE} in the shipped list`);

// ---------------------------------------------------------------------------------------------------------
// The register: one supplier, 20 contracts with the same 10 price elements each (prices vary by contract)

const uuid = (kind, n) => `6f1f7a52-2c1e-4c0a-${kind}-${pad(n, 12)}`;

/** The price element catalogue: number, name, unit, price in øre, agreed quantity, recurrence, a quantity generator. */
const CATALOGUE = [
  { name: 'Licens pr. bruger', unit: 'EA', ore: 4_500, quantity: '5000', recurrence: 'monthly', sku: 'LIC-USR' },
  { name: 'Drift og hosting', unit: 'MON', ore: 1_250_000, quantity: null, recurrence: 'monthly', sku: 'OPS-HST' },
  { name: 'Support pr. time', unit: 'HUR', ore: 95_000, quantity: null, recurrence: 'one_off', sku: null },
  { name: 'Konsulentbistand pr. time', unit: 'HUR', ore: 112_500, quantity: '1000000', recurrence: 'one_off', sku: 'CON-HR' },
  { name: 'Implementering', unit: 'LS', ore: 8_500_000, quantity: null, recurrence: 'one_off', sku: null },
  { name: 'Backup pr. GB', unit: 'E34', ore: 125, quantity: null, recurrence: 'monthly', sku: 'BCK-GB' },
  { name: 'Vedligeholdelse', unit: 'ANN', ore: 4_800_000, quantity: null, recurrence: 'yearly', sku: null },
  { name: 'Serviceaftale', unit: 'QAN', ore: 900_000, quantity: null, recurrence: 'quarterly', sku: null },
  { name: 'Tablet-licens', unit: 'C62', ore: 30_000, quantity: null, recurrence: 'yearly', sku: 'TAB-LIC' },
  { name: 'Kursusdag', unit: 'DAY', ore: 650_000, quantity: null, recurrence: 'one_off', sku: null },
];
const IN_FORCE_FROM = '2015-06-01';

function makeContracts() {
  const contracts = [];
  for (let c = 0; c < CONTRACTS; c++) {
    const regulation =
      c % 3 === 0
        ? { kind: 'index', index: 'Nettoprisindeks', baseMonth: '2015-06', date: '01-01' }
        : c % 3 === 1
          ? { kind: 'fixed_percent', percent: '2', date: '01-01' }
          : { kind: 'none' };
    const priceRegulation =
      regulation.kind === 'none'
        ? regulation
        : { ...regulation, capPercent: null, floorPercent: null, inForceFrom: IN_FORCE_FROM };
    contracts.push({
      id: uuid('c000', c + 1),
      number: `K-2015-${pad(c + 1, 3)}`,
      name: `IT-driftsaftale ${c + 1}`,
      supplierId: SUPPLIER_ID,
      currency: 'DKK',
      inForceFrom: IN_FORCE_FROM,
      endsOn: c % 4 === 3 ? '2030-12-31' : null,
      operationsStartOn: '2015-09-01',
      priceRegulation,
      priceElements: CATALOGUE.map((e, k) => ({
        id: uuid(`e${pad(c, 3)}`, k + 1),
        number: String(k + 1),
        name: e.name,
        unitCode: e.unit,
        // Prices differ a little between contracts (±5 %), in whole øre.
        unitPrice: canonicalDecimal(kr(Math.round((e.ore * (95 + ((c * 7 + k * 3) % 11))) / 100))),
        quantity: e.quantity,
        recurrence: e.recurrence,
        validFrom: null,
        validTo: null,
      })),
      itemMappings: [],
    });
  }
  return contracts;
}

// ---------------------------------------------------------------------------------------------------------
// Generated invoices (the structure of apps/server/test/fixtures/invoice-xml.ts: correct sums, 25 % VAT)

/** Øre (a non-negative integer) as kroner with two decimals. */
function kr(ore) {
  return `${Math.trunc(ore / 100)}.${pad(ore % 100)}`;
}

const NS = 'urn:oasis:names:specification:ubl:schema:xsd:';
const TAX = '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>';

function invoiceXml(inv) {
  const credit = inv.kind === 'credit_note';
  const root = credit ? 'CreditNote' : 'Invoice';
  const lineTag = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const qtyTag = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const cur = 'currencyID="DKK"';
  let sum = 0;
  const lines = [];
  for (const l of inv.lines) {
    sum += l.amount;
    lines.push(`
  <cac:${lineTag}>
    <cbc:ID>${l.id}</cbc:ID>
    <cbc:${qtyTag} unitCode="${l.unit}">${l.quantity}</cbc:${qtyTag}>
    <cbc:LineExtensionAmount ${cur}>${kr(l.amount)}</cbc:LineExtensionAmount>${
      l.period
        ? `
    <cac:InvoicePeriod><cbc:StartDate>${l.period.start}</cbc:StartDate><cbc:EndDate>${l.period.end}</cbc:EndDate></cac:InvoicePeriod>`
        : ''
    }
    <cac:Item>
      <cbc:Name>${l.name}</cbc:Name>${
        l.sku
          ? `
      <cac:SellersItemIdentification><cbc:ID>${l.sku}</cbc:ID></cac:SellersItemIdentification>`
          : ''
      }
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>${TAX}</cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount ${cur}>${l.price}</cbc:PriceAmount></cac:Price>
  </cac:${lineTag}>`);
  }
  const vat = Math.floor((sum * 25 + 50) / 100);
  const typeTag = credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="${NS}${root}-2"
  xmlns:cac="${NS}CommonAggregateComponents-2"
  xmlns:cbc="${NS}CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${inv.number}</cbc:ID>
  <cbc:IssueDate>${inv.issueDate}</cbc:IssueDate>${credit ? '' : `\n  <cbc:DueDate>${inv.dueDate}</cbc:DueDate>`}
  <cbc:${typeTag}>${credit ? 381 : 380}</cbc:${typeTag}>
  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>${inv.buyerReference}</cbc:BuyerReference>${
    inv.billingReference
      ? `\n  <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${inv.billingReference}</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>`
      : ''
  }
  <cac:ContractDocumentReference><cbc:ID>${inv.contractNumber}</cbc:ID></cac:ContractDocumentReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="0184">${SUPPLIER_CVR}</cbc:EndpointID>
    <cac:PartyName><cbc:Name>Driftsleverandøren A/S</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Søndergade 12</cbc:StreetName><cbc:CityName>Århus C</cbc:CityName><cbc:PostalZone>8000</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>DK${SUPPLIER_CVR}</cbc:CompanyID>${TAX}</cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Driftsleverandøren A/S</cbc:RegistrationName><cbc:CompanyID schemeID="0184">${SUPPLIER_CVR}</cbc:CompanyID></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="0184">${BUYER_CVR}</cbc:EndpointID>
    <cac:PartyName><cbc:Name>Københavns Kommune</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Rådhuspladsen 1</cbc:StreetName><cbc:CityName>København V</cbc:CityName><cbc:PostalZone>1550</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyLegalEntity><cbc:RegistrationName>Københavns Kommune</cbc:RegistrationName><cbc:CompanyID schemeID="0184">${BUYER_CVR}</cbc:CompanyID></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>${
    credit
      ? ''
      : `
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>${inv.number}</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>DK5000400440116243</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>`
  }
  <cac:TaxTotal>
    <cbc:TaxAmount ${cur}>${kr(vat)}</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount ${cur}>${kr(sum)}</cbc:TaxableAmount>
      <cbc:TaxAmount ${cur}>${kr(vat)}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>${TAX}</cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount ${cur}>${kr(sum)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount ${cur}>${kr(sum)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount ${cur}>${kr(sum + vat)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount ${cur}>${kr(sum + vat)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>${lines.join('')}
</${root}>
`;
}

/** The elements lines of each size class are drawn from (index into CATALOGUE, by weight). */
const SMALL_ELEMENTS = [0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const LARGE_ELEMENTS = [0, 0, 0, 0, 0, 2, 3, 5, 5, 8, 8, 9];
const DEPARTMENTS = ['Skole', 'Børnehave', 'Plejecenter', 'Borgerservice', 'Bibliotek', 'Jobcenter', 'Rådhus', 'Tandpleje'];

/**
 * Invoices until `total` lines: 87 % with 1–10 lines, 12 % with 50–500, 1 % with 2,000–5,000 (the last one cut
 * to the lines left). Each names one of the contracts; monthly elements carry the month of the contract's n-th
 * invoice as their period (once per invoice, so nothing is invoiced twice); 0.5 % of the lines are priced 3 %
 * above the contract; 2 % of the small ones are credit notes for the contract's previous invoice.
 */
function generateInvoices(total, contracts, seed = 5) {
  const r = prng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const between = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const sequence = new Array(contracts.length).fill(0);
  const previous = new Array(contracts.length).fill(null);
  const invoices = [];
  let left = total;
  let invoiceNo = 0;
  let creditNo = 0;
  while (left > 0) {
    const u = r();
    const size = Math.min(left, u < 0.01 ? between(2000, 5000) : u < 0.13 ? between(50, 500) : between(1, 10));
    const small = size <= 10;
    const credit = small && previous.some((p) => p !== null) && r() < 0.02;
    let c = Math.floor(r() * contracts.length);
    while (credit && previous[c] === null) c = (c + 1) % contracts.length;
    const contract = contracts[c];
    const month = credit ? previous[c].month : sequence[c]++;
    const year = 2016 + Math.floor(month / 12);
    const mm = (month % 12) + 1;
    const monthStart = `${year}-${pad(mm)}-01`;
    const monthEnd = `${year}-${pad(mm)}-${pad(daysInMonth(year, mm))}`;
    const issueDate = `${year}-${pad(mm)}-${pad(between(1, 28))}`;
    const dueMonth = mm === 12 ? `${year + 1}-01` : `${year}-${pad(mm + 1)}`;
    const withPeriod = new Set();
    const lines = [];
    for (let n = 1; n <= size; n++) {
      const k = credit ? pick([0, 1, 2]) : small ? pick(SMALL_ELEMENTS) : pick(LARGE_ELEMENTS);
      const e = CATALOGUE[k];
      const element = contract.priceElements[k];
      let qtyHundredths;
      if (e.unit === 'HUR') qtyHundredths = 25 * between(1, 160);
      else if (e.unit === 'EA' || e.unit === 'C62') qtyHundredths = 100 * between(1, small ? 250 : 40);
      else if (e.unit === 'E34') qtyHundredths = 100 * between(10, 2000);
      else if (e.unit === 'DAY') qtyHundredths = 100 * between(1, 5);
      else qtyHundredths = 100;
      const agreedOre = Math.round(Number(element.unitPrice) * 100);
      const priceOre = !credit && r() < 0.005 ? Math.round(agreedOre * 1.03) : agreedOre;
      const amount = Math.floor((qtyHundredths * priceOre + 50) / 100);
      const period =
        !credit && e.recurrence === 'monthly' && !withPeriod.has(k) ? { start: monthStart, end: monthEnd } : undefined;
      if (period) withPeriod.add(k);
      lines.push({
        id: String(n),
        name: `${k + 1} ${e.name}${small ? '' : ` – ${pick(DEPARTMENTS)} ${between(1, 120)}`}`,
        unit: e.unit,
        quantity: String(qtyHundredths / 100),
        price: kr(priceOre),
        amount,
        period,
        sku: e.sku && r() < 0.5 ? `${e.sku}-${pad(c + 1, 3)}` : null,
      });
    }
    const number = credit ? `KN-${pad(++creditNo, 6)}` : `F-${pad(++invoiceNo, 7)}`;
    const invoice = {
      kind: credit ? 'credit_note' : 'invoice',
      number,
      issueDate,
      dueDate: `${dueMonth}-15`,
      buyerReference: `Indkøb ${pad(between(1, 40), 3)}`,
      billingReference: credit ? previous[c].number : null,
      contractNumber: contract.number,
      lines,
    };
    if (!credit) previous[c] = { number, month };
    invoices.push(invoice);
    left -= size;
  }
  return invoices;
}

// ---------------------------------------------------------------------------------------------------------
// Measurements

function ensureXmllint() {
  if (spawnSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' }).status === 0) return;
  console.log('xmllint is missing: installing libxml2-utils with apt-get');
  const install = spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils'],
    { stdio: 'inherit' },
  );
  if (install.status !== 0 || spawnSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('could not install xmllint (apt-get install libxml2-utils)');
  }
}

/** `xmllint --noout` on every file, FILES_PER_XMLLINT per invocation, one after the other; fails loudly. */
function xmllint(files) {
  for (let at = 0; at < files.length; at += FILES_PER_XMLLINT) {
    const run = spawnSync('xmllint', ['--noout', ...files.slice(at, at + FILES_PER_XMLLINT)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`xmllint failed (${run.status}): ${String(run.stderr).slice(0, 2000)}`);
  }
}

function parseAll(bytes) {
  let lines = 0;
  for (const b of bytes) lines += parseEInvoice(b).lines.length;
  return lines;
}

function checkInputOf(doc, contracts, indexValues) {
  return {
    doc,
    organisation: { cvr: BUYER_CVR, units: [] },
    supplierId: SUPPLIER_ID,
    contracts,
    orderReferences: [],
    assignment: null,
    lineAssignments: [],
    indexValues,
    invoicedBefore: [],
    duplicateOf: null,
  };
}

function parseAndCheckAll(bytes, contracts, indexValues, findings) {
  let lines = 0;
  for (const b of bytes) {
    const doc = parseEInvoice(b);
    const check = checkInvoice(checkInputOf(doc, contracts, indexValues));
    lines += check.lines.length;
    if (findings) {
      if (check.contract.step !== 'contract_reference') findings.unmatchedContract++;
      for (const l of check.lines) if (!l.certain) findings.uncertainLines++;
      for (const d of check.deviations) findings.byCode[d.code] = (findings.byCode[d.code] ?? 0) + 1;
    }
  }
  return lines;
}

async function intake(files, contracts, dataDir) {
  const handle = await openBenchDatabase(postgresUrl, dataDir, 'invoices');
  const db = handle.db;
  try {
    const org = await db
      .selectFrom('organisations')
      .select(['id', 'cvr'])
      .where('municipalityCode', '=', MUNICIPALITY_CODE)
      .executeTakeFirstOrThrow();
    if (org.cvr !== BUYER_CVR) throw new Error(`organisation ${MUNICIPALITY_CODE} has CVR ${org.cvr}, not ${BUYER_CVR}`);
    const organisationId = org.id;
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('suppliers')
        .values({
          id: SUPPLIER_ID,
          organisationId,
          name: 'Driftsleverandøren A/S',
          country: 'DK',
          cvr: SUPPLIER_CVR,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      for (const c of contracts) {
        const reg = c.priceRegulation;
        await trx
          .insertInto('contracts')
          .values({
            id: c.id,
            organisationId,
            number: c.number,
            name: c.name,
            nameSort: danishSortKeyOf(c.name),
            supplierId: SUPPLIER_ID,
            agreementElements: '[]',
            tags: '[]',
            links: '[]',
            inForceFrom: c.inForceFrom,
            operationsStartOn: c.operationsStartOn,
            termKind: c.endsOn ? 'end_date' : 'ongoing',
            termEndsOn: c.endsOn,
            renewal: 'none',
            noticeMonths: 3,
            currency: 'DKK',
            priceRegulation: reg.kind,
            priceIndex: reg.kind === 'index' ? reg.index : null,
            priceIndexBaseMonth: reg.kind === 'index' ? reg.baseMonth : null,
            priceRegulationDate: reg.kind === 'none' ? null : reg.date,
            priceRegulationPercent: reg.kind === 'fixed_percent' ? reg.percent : null,
            endsOn: c.endsOn,
            earlyTermination: 0,
            deadlinesOn: null,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        await trx
          .insertInto('priceElements')
          .values(
            c.priceElements.map((p) => ({
              ...p,
              organisationId,
              contractId: c.id,
              payingUnitIds: '[]',
              createdAt: now,
              updatedAt: now,
            })),
          )
          .execute();
      }
    });
    await sql`analyze`.execute(db);

    const config = configFromEnv({ ...process.env, OVERBLIK_DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    const deps = { db, config, clock: systemClock };
    const caller = operatorCaller('bench', systemClock);
    const batches = [];
    let created = 0;
    const t0 = performance.now();
    for (let at = 0; at < files.length; at += FILES_PER_INTAKE) {
      const batch = files.slice(at, at + FILES_PER_INTAKE);
      const b0 = performance.now();
      const report = await receiveInvoices(deps, caller, batch, { organisationId, source: 'cli', locale: 'da' });
      batches.push({ ms: performance.now() - b0, lines: batch.reduce((n, f) => n + f.lines, 0) });
      if (report.created !== batch.length) {
        const bad = report.results.filter((x) => x.outcome !== 'created').slice(0, 5);
        throw new Error(
          `intake: ${report.created} of ${batch.length} files created (${report.duplicates} duplicates, ` +
            `${report.refused} refused): ${JSON.stringify(bad)}`,
        );
      }
      created += report.created;
      const step = Math.max(1, Math.round(files.length / FILES_PER_INTAKE / 10));
      if ((at / FILES_PER_INTAKE + 1) % step === 0) {
        process.stderr.write(
          `  intake: ${Math.min(files.length, at + FILES_PER_INTAKE)} of ${files.length} files, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
        );
      }
    }
    const ms = performance.now() - t0;
    const count = async (table) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const rows = {
      invoices: await count('invoices'),
      lines: await count('invoiceLines'),
      files: await count('invoiceFiles'),
      audit: await count('auditEvents'),
    };
    const matched = Number(
      (
        await db
          .selectFrom('invoiceLines')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('lineMatchCertain', '=', 1)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const byContract = Number(
      (
        await db
          .selectFrom('invoices')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('contractMatch', '=', 'contract_reference')
          .executeTakeFirstOrThrow()
      ).n,
    );
    return { ms, created, rows, matched, byContract, batches };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------

ensureXmllint();
const xmllintVersion = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).stderr.split('\n')[0];
const folder = mkdtempSync(path.join(os.tmpdir(), 'overblik-bench-invoices-'));
try {
  const contracts = makeContracts();
  const g0 = performance.now();
  const invoices = generateInvoices(LINES, contracts);
  const filesDir = path.join(folder, 'files');
  mkdirSync(filesDir);
  const paths = [];
  const lineCounts = [];
  for (const inv of invoices) {
    const file = path.join(filesDir, `${inv.number}.xml`);
    writeFileSync(file, invoiceXml(inv));
    paths.push(file);
    lineCounts.push(inv.lines.length);
  }
  const generateSeconds = (performance.now() - g0) / 1000;
  const lines = lineCounts.reduce((a, b) => a + b, 0);
  const sizes = { small: 0, medium: 0, large: 0 };
  for (const n of lineCounts) sizes[n <= 10 ? 'small' : n <= 500 ? 'medium' : 'large']++;
  const credits = invoices.filter((i) => i.kind === 'credit_note').length;

  // Reading the files (page cache) on its own; the parse rows work on the bytes in memory.
  const readMs = median(() => {
    let n = 0;
    for (const p of paths) n += readFileSync(p).length;
    return n;
  }, ROUNDS);
  const bytes = paths.map((p) => new Uint8Array(readFileSync(p)));
  const totalBytes = bytes.reduce((n, b) => n + b.length, 0);
  const mb = totalBytes / 1e6;

  console.log(
    `\nInvoice intake — node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${xmllintVersion}; ` +
      `${invoices.length.toLocaleString('en')} files (${sizes.small.toLocaleString('en')} of 1–10 lines, ` +
      `${sizes.medium.toLocaleString('en')} of 50–500, ${sizes.large} of 2,000–5,000; ${credits} credit notes), ` +
      `${lines.toLocaleString('en')} lines, ${mb.toFixed(1)} MB (generated in ${generateSeconds.toFixed(1)} s); ` +
      `median of ${ROUNDS} where repeated\n`,
  );

  const rows = [];
  const baseMs = median(() => xmllint(paths), ROUNDS);
  rows.push({ name: `xmllint --noout, ${FILES_PER_XMLLINT} files per invocation (baseline)`, ms: baseMs });
  rows.push({ name: 'reading the files into memory (readFileSync; not in the rows below)', ms: readMs });

  let findings = null;
  if (PARTS.includes('memory')) {
    const indexValues = new Map(readPriceIndex().map((v) => [v.month, v.value]));
    // Warm up on a slice so the JIT has settled before the first timed round.
    const warm = bytes.slice(0, 200);
    for (let i = 0; i < 3; i++) sink.value += parseAll(warm) + parseAndCheckAll(warm, contracts, indexValues);
    const parseMs = median(() => parseAll(bytes), ROUNDS);
    findings = { unmatchedContract: 0, uncertainLines: 0, byCode: {} };
    const checkMs = median((i) => parseAndCheckAll(bytes, contracts, indexValues, i === 0 ? findings : undefined), ROUNDS);
    rows.push({ name: '(a) parseEInvoice', ms: parseMs, a: true });
    rows.push({ name: '(b) parseEInvoice + checkInvoice (prepared CheckInput)', ms: checkMs });
  }
  let intakeResult = null;
  if (PARTS.includes('database')) {
    const files = bytes.map((b, i) => ({ bytes: b, fileName: path.basename(paths[i]), lines: lineCounts[i] }));
    intakeResult = await intake(files, contracts, folder);
    rows.push({
      name: `(c) receiveInvoices into ${postgresUrl ? 'PostgreSQL' : 'SQLite'}, ${FILES_PER_INTAKE} files per call (once)`,
      ms: intakeResult.ms,
    });
  }

  console.log('| step | total s | lines/s | MB/s | time ÷ xmllint |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const s = r.ms / 1000;
    console.log(
      `| ${r.name} | ${s.toFixed(2)} | ${Math.round(lines / s).toLocaleString('en')} | ${(mb / s).toFixed(1)} | ${ratio(r.ms / baseMs)} |`,
    );
  }
  const a = rows.find((r) => r.a);
  if (a) {
    const x = a.ms / baseMs;
    console.log(
      `\n(a) ÷ xmllint = ${ratio(x)}: the target (within 2× of xmllint) is ${x <= 2 ? 'met' : 'NOT met'}; ` +
        `with the reading counted on both sides (read + parse) ÷ xmllint = ${ratio((a.ms + readMs) / baseMs)}.`,
    );
  }
  if (findings) {
    console.log(
      `\nWhat checkInvoice found (first round): ${findings.unmatchedContract} files without their contract, ` +
        `${findings.uncertainLines} lines without a certain price element; deviations: ${
          Object.entries(findings.byCode)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
            .join(', ') || 'none'
        }.`,
    );
  }
  if (intakeResult) {
    const { rows: n, batches } = intakeResult;
    console.log(
      `\nIntake: ${intakeResult.created.toLocaleString('en')} files created (none refused or duplicate); stored ` +
        `${n.invoices.toLocaleString('en')} invoices, ${n.lines.toLocaleString('en')} lines ` +
        `(${intakeResult.matched.toLocaleString('en')} matched to a price element with certainty), ${n.files.toLocaleString('en')} original files, ` +
        `${n.audit.toLocaleString('en')} audit events; ${intakeResult.byContract.toLocaleString('en')} invoices matched by contract reference.`,
    );
    // The time per line as the register fills: each check reads the earlier lines on the supplier's contracts.
    const quarter = Math.ceil(batches.length / 4);
    const parts = [];
    for (let q = 0; q < 4; q++) {
      const slice = batches.slice(q * quarter, (q + 1) * quarter);
      const ms = slice.reduce((s, b) => s + b.ms, 0);
      const l = slice.reduce((s, b) => s + b.lines, 0);
      if (l > 0)
        parts.push(
          `${q + 1}: ${((ms * 1000) / l).toFixed(0)} µs/line (${l.toLocaleString('en')} lines, ${(ms / 1000).toFixed(1)} s)`,
        );
    }
    console.log(`By quarter of the files, in order of intake: ${parts.join('; ')}.`);
  }
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
if (sink.value === -1) console.log(sink.value);

function ratio(x) {
  return x.toFixed(x < 0.1 ? 3 : x < 10 ? 2 : 1);
}
