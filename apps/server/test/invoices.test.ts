import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recheckOpenInvoices } from '../src/usecases/invoices/decide-invoice.js';
import { invoiceXml, type TestInvoice } from './fixtures/invoice-xml.js';
import { type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

const REFERENCE = path.resolve(__dirname, '../../../tests/fixtures/einvoice');
const referenceFiles = readdirSync(REFERENCE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(REFERENCE, d.name)).map((f) => path.join(REFERENCE, d.name, f)))
  .filter((f) => f.endsWith('.xml'))
  .sort();

const HERNING_CVR = '29189919';
const SUPPLIER_CVR = '21987654';

export function multipart(files: { name: string; content: Buffer | string }[]) {
  const boundary = '----overblik-test-boundary';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/xml\r\n\r\n`,
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

for (const dialect of testDialects()) {
  describe(`invoice control on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let admin: Client;
    let supplierId: string;
    let contractId: string;
    let licenceId: string;
    let operationsId: string;

    const post = (client: Client, xml: string | Buffer, fileName = 'faktura.xml') =>
      client.request(
        'POST',
        `/api/v1/invoices?organisationId=${o.org.organisationId}&fileName=${encodeURIComponent(fileName)}`,
        Buffer.isBuffer(xml) ? xml : Buffer.from(xml),
        { 'content-type': 'application/xml' },
      );
    const receive = async (invoice: TestInvoice, client: Client = editor) => {
      const response = await post(client, invoiceXml({ buyerCvr: HERNING_CVR, supplierCvr: SUPPLIER_CVR, ...invoice }));
      expect(response.statusCode, response.body).toBe(201);
      const result = response.data.results[0];
      expect(result.outcome, JSON.stringify(result)).toBe('created');
      return (await editor.get(`${o.base}/invoices/${result.invoiceId}`)).data;
    };
    const codes = (detail: { deviations: { code: string }[] }) => detail.deviations.map((d) => d.code).sort();

    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '657', 'i');
      editor = o.org.editor;
      admin = o.org.admin;
      const supplier = await editor.post(`${o.base}/suppliers`, { name: 'Fagsystemer A/S', cvr: SUPPLIER_CVR });
      expect(supplier.statusCode, supplier.body).toBe(201);
      supplierId = supplier.data.id;
      const contract = await editor.post(`${o.base}/contracts`, {
        number: 'K-100',
        name: 'ESDH-system',
        supplierId,
        inForceFrom: '2024-01-01',
        operationsStartOn: '2024-04-01',
        termKind: 'months',
        termMonths: 48,
        priceRegulation: 'fixed_percent',
        priceRegulationPercent: '2',
        priceRegulationDate: '01-01',
      });
      expect(contract.statusCode, contract.body).toBe(201);
      contractId = contract.data.id;
      const el = async (body: object) => {
        const r = await editor.post(`${o.base}/contracts/${contractId}/price-elements`, body);
        expect(r.statusCode, r.body).toBe(201);
        return r.data.id as string;
      };
      licenceId = await el({
        number: '1',
        name: 'Licens pr. bruger',
        unitCode: 'EA',
        unitPrice: '100',
        quantity: '10',
        recurrence: 'yearly',
        accountCoding: '2210-4455',
      });
      operationsId = await el({
        number: '2',
        name: 'Drift og hosting',
        unitCode: 'MON',
        unitPrice: '5000',
        recurrence: 'monthly',
      });
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('receives every reference file, keeps its bytes and hash, and sees the same bytes again as a duplicate', async () => {
      for (const file of referenceFiles) {
        const bytes = readFileSync(file);
        const response = await post(admin, bytes, path.basename(file));
        expect(response.statusCode, response.body).toBe(201);
        const [result] = response.data.results;
        expect(result.outcome, `${file}: ${JSON.stringify(result)}`).toBe('created');
        const detail = (await admin.get(`${o.base}/invoices/${result.invoiceId}`)).data;
        expect(detail.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(detail.lines.length).toBe(detail.lineCount);
        const arithmetic = detail.deviations.filter((d: { code: string }) => d.code.startsWith('arithmetic'));
        // This example is a field-coverage demo whose totals do not add up (the official validator rejects it).
        if (path.basename(file) === 'gobl_used-invoice_real.xml') expect(arithmetic.length).toBeGreaterThan(0);
        else expect(arithmetic, file).toEqual([]);
        const xml = await admin.get(`${o.base}/invoices/${result.invoiceId}/xml`);
        expect(Buffer.from(xml.rawPayload).equals(bytes)).toBe(true);
        const again = await post(admin, bytes, path.basename(file));
        expect(again.data.results[0]).toMatchObject({ outcome: 'duplicate', invoiceId: result.invoiceId });
      }
    });

    it('refuses DTDs, entities, broken, non-UBL and oversized files with the reason and line, storing nothing of them', async () => {
      const before = (await admin.get(`${o.base}/invoices?limit=1`)).data.total;
      const good = invoiceXml({
        number: 'M-1',
        buyerCvr: HERNING_CVR,
        supplierCvr: SUPPLIER_CVR,
        lines: [{ id: '1', name: '2 Drift', quantity: '1', unitCode: 'MON', price: '5000' }],
      });
      const { body, contentType } = multipart([
        {
          name: 'xxe.xml',
          content: `<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Invoice>&xxe;</Invoice>`,
        },
        {
          name: 'laughs.xml',
          content: `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>`,
        },
        { name: 'cut.xml', content: good.slice(0, Math.floor(good.length / 2)) },
        {
          name: 'order.xml',
          content: '<?xml version="1.0"?><Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>',
        },
        { name: 'tom.xml', content: '' },
        { name: 'god.xml', content: good },
      ]);
      const response = await editor.request('POST', `/api/v1/invoices?organisationId=${o.org.organisationId}`, body, {
        'content-type': contentType,
      });
      expect(response.statusCode, response.body).toBe(201);
      const byName = Object.fromEntries(response.data.results.map((r: { fileName: string }) => [r.fileName, r]));
      expect(byName['xxe.xml'].error).toMatchObject({ code: 'doctype', line: 2 });
      expect(byName['xxe.xml'].error.message).toContain('DOCTYPE');
      expect(byName['laughs.xml'].error.code).toBe('doctype');
      expect(byName['cut.xml'].error.code).toBe('malformed');
      expect(byName['order.xml'].error.code).toBe('not_ubl');
      expect(byName['tom.xml'].error.code).toBe('empty');
      expect(byName['god.xml'].outcome).toBe('created');
      expect(response.data).toMatchObject({ created: 1, refused: 5, duplicates: 0 });
      expect((await admin.get(`${o.base}/invoices?limit=1`)).data.total).toBe(before + 1);

      const english = await admin.request(
        'POST',
        `/api/v1/invoices?organisationId=${o.org.organisationId}`,
        Buffer.from(good.slice(0, 400)),
        {
          'content-type': 'application/xml',
          'accept-language': 'en',
        },
      );
      expect(english.data.results[0].error.message).toMatch(/not well-formed XML/);
      const tooBig = await admin.request(
        'POST',
        `/api/v1/invoices?organisationId=${o.org.organisationId}`,
        Buffer.alloc(21 * 1024 * 1024, 32),
        { 'content-type': 'application/xml' },
      );
      expect(tooBig.statusCode).toBe(413);
    });

    it('matches contract and lines and finds the deviations, each explained in Danish with its amount', async () => {
      const detail = await receive({
        number: 'D-1',
        issueDate: '2026-02-01',
        contractReference: 'K-100',
        period: { start: '2026-01-01', end: '2026-12-31' },
        lines: [
          { id: '1', name: '1 Licens pr. bruger 2026', quantity: '12', price: '110' },
          {
            id: '2',
            name: '2 Drift januar',
            quantity: '1',
            unitCode: 'MON',
            price: '5202',
            period: { start: '2026-01-01', end: '2026-01-31' },
          },
          { id: '3', name: 'Konsulenttimer', quantity: '3', unitCode: 'HUR', price: '1000' },
        ],
      });
      expect(detail.contractId).toBe(contractId);
      expect(detail.contractMatch).toBe('contract_reference');
      expect(detail.contractExplanation).toContain('K-100');
      const [licence, operations, consultancy] = detail.lines;
      expect(licence.priceElement.id).toBe(licenceId);
      expect(licence.match).toBe('price_element_number');
      // 100 kr regulated +2 % on 1 January 2025 and 2026: 104.04 allowed; 110 invoiced on 12 licences.
      expect(licence.allowedUnitPrice).toMatch(/^104\.04/);
      expect(licence.deviations.map((d: { code: string }) => d.code).sort()).toEqual([
        'price_above_contract',
        'quantity_above_agreed',
      ]);
      const price = licence.deviations.find((d: { code: string }) => d.code === 'price_above_contract');
      expect(price.amount).toBe('71.52');
      expect(price.text).toMatch(/104,04/);
      expect(operations.priceElement.id).toBe(operationsId);
      expect(operations.deviations).toEqual([]);
      expect(consultancy.priceElement).toBeNull();
      expect(consultancy.deviations.map((d: { code: string }) => d.code)).toContain('unknown_price_element');
      expect(detail.deviationCount).toBeGreaterThanOrEqual(3);
    });

    it('flags a duplicate number, a recurring element invoiced twice, operations before operations start and no contract', async () => {
      const first = await receive({
        number: 'R-1',
        contractReference: 'K-100',
        lines: [
          {
            id: '1',
            name: '2 Drift maj',
            quantity: '1',
            unitCode: 'MON',
            price: '5202',
            period: { start: '2026-05-01', end: '2026-05-31' },
          },
        ],
      });
      expect(codes(first)).not.toContain('recurring_invoiced_twice');
      const second = await receive({
        number: 'R-2',
        contractReference: 'K-100',
        lines: [
          {
            id: '1',
            name: '2 Drift maj igen',
            quantity: '1',
            unitCode: 'MON',
            price: '5202',
            period: { start: '2026-05-15', end: '2026-06-14' },
          },
        ],
      });
      expect(codes(second)).toContain('recurring_invoiced_twice');
      expect(second.deviations.find((d: { code: string }) => d.code === 'recurring_invoiced_twice').text).toContain('R-1');
      const resent = await receive({
        number: 'R-1',
        contractReference: 'K-100',
        buyerReference: 'Anden person',
        lines: [
          {
            id: '1',
            name: '2 Drift maj',
            quantity: '1',
            unitCode: 'MON',
            price: '5202',
            period: { start: '2026-05-01', end: '2026-05-31' },
          },
        ],
      });
      expect(codes(resent)).toContain('duplicate_invoice');
      expect(resent.duplicateOfId).toBe(first.id);
      const early = await receive({
        number: 'E-1',
        issueDate: '2024-03-05',
        contractReference: 'K-100',
        lines: [
          {
            id: '1',
            name: '2 Drift februar',
            quantity: '1',
            unitCode: 'MON',
            price: '5000',
            period: { start: '2024-02-01', end: '2024-02-29' },
          },
        ],
      });
      expect(codes(early)).toContain('before_operations_start');
      const outside = await receive({
        number: 'U-1',
        supplierCvr: '44556677',
        supplierName: 'Ukendt ApS',
        buyerReference: null,
        lines: [{ id: '1', name: 'Skærme', quantity: '2', price: '1500' }],
      });
      expect(outside.contractId).toBeNull();
      expect(codes(outside)).toEqual(
        expect.arrayContaining(['missing_contract_reference', 'missing_responsible_person', 'no_contract', 'unknown_supplier']),
      );
    });

    it('only lets an IT controller or administrator decide, and needs a contract (or a reason) and a comment', async () => {
      const invoice = await receive({
        number: 'A-1',
        supplierCvr: '44556677',
        lines: [{ id: '1', name: 'Kabler', quantity: '1', price: '99.95' }],
      });
      const url = `${o.base}/invoices/${invoice.id}/decision`;
      expect((await o.org.reader.post(url, { status: 'approved', comment: 'ok' })).statusCode).toBe(403);
      const notController = await editor.post(url, { status: 'approved', comment: 'ok' });
      expect(notController.statusCode).toBe(403);
      expect(notController.data.code).toBe('invoice_decision_forbidden');
      expect(invoice.canDecide).toBe(false);
      const unmatched = await admin.post(url, { status: 'approved', comment: 'ok' });
      expect(unmatched.data.code).toBe('invoice_unmatched');
      const marked = await editor.put(`${o.base}/invoices/${invoice.id}/contract`, {
        outsideContract: true,
        reason: 'Enkeltkøb på indkøbskort',
      });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(marked.data.outsideContract).toBe(true);
      const noComment = await admin.post(url, { status: 'approved' });
      expect(noComment.statusCode).toBe(400);
      expect(noComment.data.errors[0].field).toBe('/comment');
      const approved = await admin.post(url, { status: 'approved', comment: 'Godkendt efter aftale' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.data).toMatchObject({ status: 'approved', decisionComment: 'Godkendt efter aftale' });
      expect((await editor.put(`${o.base}/invoices/${invoice.id}/contract`, { contractId })).data.code).toBe('invoice_decided');

      // A person with the it-controller responsibility on the contract may decide its invoices.
      const me = (await editor.get('/api/v1/me')).data;
      const withController = await editor.patch(`${o.base}/contracts/${contractId}`, {
        responsibilities: [{ role: 'it_controller', userId: me.user.id }],
      });
      expect(withController.statusCode, withController.body).toBe(200);
      const onContract = await receive({
        number: 'A-2',
        contractReference: 'K-100',
        lines: [{ id: '1', name: '1 Licens', quantity: '1', price: '104.04' }],
      });
      expect(onContract.canDecide).toBe(true);
      const disputed = await editor.post(`${o.base}/invoices/${onContract.id}/decision`, {
        status: 'disputed',
        comment: 'Se nedenfor',
      });
      expect(disputed.statusCode, disputed.body).toBe(200);
      expect(disputed.data.status).toBe('disputed');
      expect(disputed.data.disputeText).toContain('A-2');
    });

    it('writes a dispute text listing each deviation and the amount in question', async () => {
      const invoice = await receive({
        number: 'T-1',
        contractReference: 'K-100',
        lines: [{ id: '1', name: '1 Licens pr. bruger', quantity: '5', price: '120' }],
      });
      const disputed = await admin.post(`${o.base}/invoices/${invoice.id}/decision`, { status: 'disputed', comment: null });
      const text: string = disputed.data.disputeText;
      expect(text).toContain('T-1');
      expect(text).toContain('K-100');
      expect(text).toMatch(/79,80 kr/); // (120 − 104.04) × 5
      expect(text.toLowerCase()).toContain('kreditnota');
    });

    it('remembers an order reference and a seller item id, and checks open invoices again when the register changes', async () => {
      const second = await editor.post(`${o.base}/contracts`, {
        number: 'K-200',
        name: 'Support',
        supplierId,
        inForceFrom: '2024-01-01',
        termKind: 'ongoing',
      });
      expect(second.statusCode).toBe(201);
      const first = await receive({
        number: 'O-1',
        orderReference: 'PO-77',
        lines: [{ id: '1', name: 'Brugerlicens', quantity: '1', price: '104.04', sellersItemId: 'LIC-STD' }],
      });
      expect(first.contractId).toBeNull();
      expect(first.contractExplanation).toMatch(/flere/i);
      const assigned = await editor.put(`${o.base}/invoices/${first.id}/contract`, { contractId, rememberOrderReference: true });
      expect(assigned.data).toMatchObject({ contractId, contractMatch: 'manual' });
      const line = await editor.put(`${o.base}/invoices/${first.id}/lines/1/price-element`, {
        priceElementId: licenceId,
        rememberItemId: true,
      });
      expect(line.data.lines[0]).toMatchObject({ match: 'manual', priceElement: { id: licenceId } });
      const next = await receive({
        number: 'O-2',
        orderReference: 'PO-77',
        lines: [{ id: '1', name: 'Brugerlicens', quantity: '1', price: '104.04', sellersItemId: 'LIC-STD' }],
      });
      expect(next).toMatchObject({ contractId, contractMatch: 'order_reference' });
      expect(next.lines[0]).toMatchObject({ match: 'sellers_item_id', priceElement: { id: licenceId } });
      const mappings = (await editor.get(`${o.base}/invoice-order-references`)).data.items;
      expect(mappings).toEqual(
        expect.arrayContaining([expect.objectContaining({ orderReference: 'PO-77', contractNumber: 'K-100' })]),
      );

      // A supplier unknown when the invoice came is matched once it is registered, by the scheduled re-check.
      const later = await receive({
        number: 'N-1',
        supplierCvr: '13585628',
        contractReference: 'K-300',
        lines: [{ id: '1', name: '1 Service', quantity: '1', price: '10' }],
      });
      expect(codes(later)).toContain('unknown_supplier');
      const newSupplier = await editor.post(`${o.base}/suppliers`, { name: 'Ny leverandør', cvr: '13585628' });
      await editor.post(`${o.base}/contracts`, {
        number: 'K-300',
        name: 'Service',
        supplierId: newSupplier.data.id,
        inForceFrom: '2025-01-01',
        termKind: 'ongoing',
      });
      const report = await recheckOpenInvoices(
        { db: o.t.database.db, config: o.t.config, clock: o.t.clock },
        o.org.organisationId,
      );
      expect(report.changed).toBeGreaterThan(0);
      const rechecked = (await editor.get(`${o.base}/invoices/${later.id}`)).data;
      expect(rechecked.contractNumber).toBe('K-300');
      expect(codes(rechecked)).not.toContain('unknown_supplier');
    });

    it('exports approved invoices with account coding, reports consumption net of credit notes, and audits every step', async () => {
      const invoice = await receive({
        number: 'X-1',
        issueDate: '2026-05-10',
        contractReference: 'K-100',
        lines: [{ id: '1', name: '1 Licens pr. bruger', quantity: '2', price: '104.04' }],
      });
      expect(invoice.deviationCount).toBe(0);
      const approved = await admin.post(`${o.base}/invoices/${invoice.id}/decision`, { status: 'approved' });
      expect(approved.statusCode, approved.body).toBe(200);
      const csv = await admin.get(`${o.base}/invoices/export?format=csv`);
      expect(csv.statusCode).toBe(200);
      const row = csv.body.split('\r\n').find((l) => l.startsWith('X-1;'));
      expect(row).toContain('2210-4455');
      expect(row).toContain('208,08');

      const before = (await admin.get(`${o.base}/consumption?year=2026`)).data;
      await receive({
        number: 'C-1',
        kind: 'credit_note',
        issueDate: '2026-06-01',
        contractReference: 'K-100',
        billingReference: 'X-1',
        lines: [{ id: '1', name: '1 Licens pr. bruger', quantity: '1', price: '104.04' }],
      });
      const after = (await admin.get(`${o.base}/consumption?year=2026`)).data;
      const delta = (a: string, b: string) => (Math.round(Number(a) * 100) - Math.round(Number(b) * 100)) / 100;
      expect(delta(after.totals.invoiced, before.totals.invoiced)).toBe(-104.04);
      expect(delta(after.totals.recovered, before.totals.recovered)).toBe(104.04);
      const k100 = after.contracts.find((c: { contractNumber: string }) => c.contractNumber === 'K-100');
      // Expected for 2026: 12 × 5,202.00 (operations, monthly, 2 % from 2025 and 2026) + 10 × 104.04 (licences, yearly).
      expect(k100.expected).toBe('63464.40');
      expect(after.months).toHaveLength(12);
      const xlsx = await admin.get(`${o.base}/consumption?year=2026&format=xlsx`);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');

      const audit = (await admin.get(`${o.base}/audit?entityType=invoice&entityId=${invoice.id}`)).data.items;
      const statusChanges = audit
        .filter((e: { changes: Record<string, unknown> }) => 'status' in e.changes)
        .map((e: { changes: { status: { before: string | null; after: string } } }) => [
          e.changes.status.before,
          e.changes.status.after,
        ]);
      expect(statusChanges).toEqual(
        expect.arrayContaining([
          [null, 'received'],
          ['received', 'checked'],
          ['checked', 'approved'],
        ]),
      );
    });

    it('counts overlapping deviations once: an invoice’s amount in question, and every total over invoices, is at most what was invoiced', async () => {
      await receive({
        number: 'Q-1',
        issueDate: '2027-03-05',
        contractReference: 'K-100',
        lines: [
          {
            id: '1',
            name: '2 Drift marts',
            quantity: '1',
            unitCode: 'MON',
            price: '5306.04',
            period: { start: '2027-03-01', end: '2027-03-31' },
          },
        ],
      });
      // March again, at a higher price: one line both above the contract price and invoiced twice for the same period.
      const twice = await receive({
        number: 'Q-2',
        issueDate: '2027-03-20',
        contractReference: 'K-100',
        lines: [
          {
            id: '1',
            name: '2 Drift marts',
            quantity: '1',
            unitCode: 'MON',
            price: '9000',
            period: { start: '2027-03-01', end: '2027-03-31' },
          },
        ],
      });
      const onLine = twice.deviations.filter(
        (d: { lineId: string | null; amount: string | null }) => d.lineId === '1' && d.amount !== null,
      );
      expect(onLine.map((d: { code: string }) => d.code).sort()).toEqual(['price_above_contract', 'recurring_invoiced_twice']);
      const sum = onLine.reduce((s: number, d: { amount: string }) => s + Math.round(Number(d.amount) * 100), 0);
      expect(sum).toBeGreaterThan(900000);
      // The line's larger amount (the whole line, invoiced twice), not the sum; never more than the invoice.
      expect(twice.deviationAmount).toBe('9000.00');
      expect(twice.lineExtensionAmount).toBe('9000.00');
      const listed = (await editor.get(`${o.base}/invoices?q=Q-2`)).data.items;
      expect(listed.map((i: { number: string; deviationAmount: string }) => [i.number, i.deviationAmount])).toEqual([
        ['Q-2', '9000.00'],
      ]);

      const report = (await admin.get(`${o.base}/consumption?year=2027`)).data;
      expect(report.totals.invoiced).toBe('14306.04');
      expect(report.totals.deviationAmount).toBe('9000.00');
      const k100 = report.contracts.find((c: { contractNumber: string }) => c.contractNumber === 'K-100');
      expect(k100.deviationAmount).toBe('9000.00');
      for (const row of [report.totals, k100, ...report.suppliers]) {
        expect(Number(row.deviationAmount)).toBeLessThanOrEqual(Number(row.invoiced));
      }
    });

    it('names a credit note as a credit note in the intake result', async () => {
      const response = await post(
        editor,
        invoiceXml({
          number: 'KN-1',
          kind: 'credit_note',
          issueDate: '2027-04-01',
          buyerCvr: HERNING_CVR,
          supplierCvr: SUPPLIER_CVR,
          contractReference: 'K-100',
          lines: [{ id: '1', name: '2 Drift marts', quantity: '1', unitCode: 'MON', price: '100' }],
        }),
      );
      expect(response.data.results[0]).toMatchObject({ outcome: 'created', kind: 'credit_note', number: 'KN-1' });
      const again = await post(
        editor,
        invoiceXml({
          number: 'KN-1',
          kind: 'credit_note',
          issueDate: '2027-04-01',
          buyerCvr: HERNING_CVR,
          supplierCvr: SUPPLIER_CVR,
          contractReference: 'K-100',
          lines: [{ id: '1', name: '2 Drift marts', quantity: '1', unitCode: 'MON', price: '100' }],
        }),
      );
      expect(again.data.results[0]).toMatchObject({ outcome: 'duplicate', kind: 'credit_note' });
    });

    it('routes an invoice by its buyer when no organisation is named, and keeps it from organisations the caller cannot write to', async () => {
      const xml = invoiceXml({
        number: 'B-1',
        buyerCvr: HERNING_CVR,
        supplierCvr: SUPPLIER_CVR,
        lines: [{ id: '1', name: 'x', quantity: '1', price: '1' }],
      });
      const routed = await editor.request('POST', '/api/v1/invoices', Buffer.from(xml), { 'content-type': 'application/xml' });
      expect(routed.data.results[0]).toMatchObject({ outcome: 'created', organisationId: o.org.organisationId });
      const elsewhere = invoiceXml({
        number: 'B-2',
        buyerCvr: '29189994',
        supplierCvr: SUPPLIER_CVR,
        lines: [{ id: '1', name: 'x', quantity: '1', price: '1' }],
      });
      const refused = await editor.request('POST', '/api/v1/invoices', Buffer.from(elsewhere), {
        'content-type': 'application/xml',
      });
      expect(refused.data.results[0].error.code).toBe('no_organisation');
    });

    it('keeps the file name without control and bidi characters, and serves the XML under a safe name', async () => {
      const xml = invoiceXml({
        number: 'NAVN-1',
        buyerCvr: HERNING_CVR,
        supplierCvr: SUPPLIER_CVR,
        lines: [{ id: '1', name: 'x', quantity: '1', price: '1' }],
      });
      const response = await post(editor, xml, 'a\r\nb\0.xml');
      const [result] = response.data.results;
      expect(result).toMatchObject({ outcome: 'created', fileName: 'ab.xml' });
      expect((await editor.get(`${o.base}/invoices/${result.invoiceId}`)).data.fileName).toBe('ab.xml');
      const download = await editor.get(`${o.base}/invoices/${result.invoiceId}/xml`);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="ab.xml"; filename*=UTF-8''ab.xml`);

      // A name stored before intake cleaned names is served without its line breaks and bidi controls.
      await o.t.database.db
        .updateTable('invoices')
        .set({ fileName: 'gammel\r\nX-Injected: 1\u202elmx.exe' })
        .where('id', '=', result.invoiceId)
        .execute();
      const old = await editor.get(`${o.base}/invoices/${result.invoiceId}/xml`);
      expect(old.statusCode).toBe(200);
      expect(old.headers['x-injected']).toBeUndefined();
      expect(old.headers['content-disposition']).toBe(
        `attachment; filename="gammelX-Injected: 1lmx.exe"; filename*=UTF-8''gammelX-Injected%3A%201lmx.exe`,
      );
      expect((await editor.get(`${o.base}/invoices/${result.invoiceId}`)).data.fileName).toBe('gammelX-Injected: 1lmx.exe');
    });
  });
}
