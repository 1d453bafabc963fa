import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, priceIndexValues } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDatabase, runOverblik } from '../test/cli-harness.js';
import { readPriceIndexFile } from './invoice-cli.js';

const REFERENCE = path.resolve(__dirname, '../../../tests/fixtures/einvoice');
const PEPPOL_MASTER = path.join(REFERENCE, 'peppol-bis3-dk/BIS3_Invoice_Example_DK_Supplier_Master.xml');
const OIOUBL = path.join(REFERENCE, 'oioubl-2.1/OIOUBL_Invoice_v2p2.xml');

describe('price index files', () => {
  it('reads the shipped layout and Statistikbanken’s export, skipping headings', () => {
    expect(readPriceIndexFile('month,value\n2024-07,119.2\n')).toEqual([{ month: '2024-07', value: '119.2' }]);
    expect(readPriceIndexFile('\uFEFF"Nettoprisindeks";\n"2024M08";"119,6"\r\n2024M09;119,5\r\n')).toEqual([
      { month: '2024-08', value: '119.6' },
      { month: '2024-09', value: '119.5' },
    ]);
    expect(() => readPriceIndexFile('ingen tal her')).toThrow(/No month/);
    expect(() => readPriceIndexFile('2024-13,100')).toThrow(/Not a month/);
  });
});

for (const dialect of testDialects()) {
  describe(`overblik invoice commands on ${dialect}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    let work: string;

    beforeEach(async () => {
      ({ env, drop: cleanup } = await cliDatabase(dialect));
      work = mkdtempSync(path.join(tmpdir(), 'overblik-invoices-'));
    });
    afterEach(async () => {
      await cleanup();
    });

    it('invoice check --json prints the parsed invoice, matches and deviations, storing nothing; a refused file exits 2', async () => {
      const { out, code } = await runOverblik(env, 'invoice', 'check', PEPPOL_MASTER, '--organisation', '101', '--json');
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json.invoice).toMatchObject({ format: 'peppol-bis3', kind: 'invoice', number: '20150483' });
      expect(json.invoice.lines.length).toBeGreaterThan(0);
      expect(json.organisation.name).toBe('Københavns Kommune');
      expect(json.check.contract).toMatchObject({ contractId: null, step: 'none' });
      const deviationCodes = json.check.deviations.map((d: { code: string }) => d.code);
      expect(deviationCodes).toEqual(
        expect.arrayContaining(['no_contract', 'unknown_supplier', 'not_addressed_to_organisation']),
      );
      expect(json.check.deviations.every((d: { text: string }) => d.text.length > 10)).toBe(true);

      const xxe = path.join(work, 'xxe.xml');
      writeFileSync(xxe, '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>');
      const refused = await runOverblik(env, 'invoice', 'check', xxe, '--json');
      expect(refused.code).toBe(2);
      expect(JSON.parse(refused.out).error).toMatchObject({ code: 'doctype', line: 2 });
    });

    it('invoice import receives files and directories into the named organisation, refusing broken ones', async () => {
      const dir = path.join(work, 'ind');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'a.xml'), readFileSync(OIOUBL));
      writeFileSync(path.join(dir, 'b.xml'), '<Invoice');
      const first = await runOverblik(env, 'invoice', 'import', dir, PEPPOL_MASTER, '--organisation', '101');
      expect(first.out).toMatch(/a\.xml: created/);
      expect(first.out).toMatch(/b\.xml: refused: Filen er ikke gyldig XML/);
      expect(first.out).toContain('2 created, 0 duplicates, 1 refused');
      expect(first.code).toBe(1);
      const again = await runOverblik(env, 'invoice', 'import', PEPPOL_MASTER, '--organisation', '101');
      expect(again.out).toContain('0 created, 1 duplicates, 0 refused');
      expect(again.code).toBe(0);
    });

    it('the watched folder receives what lies in it, moving each file to behandlet/ or afvist/ with the reason', async () => {
      const inbox = path.join(work, 'nemhandel');
      mkdirSync(inbox);
      // The Peppol example is addressed to no municipality; one addressed to København's CVR is routed there.
      const addressed = readFileSync(OIOUBL, 'utf8').replace(
        /<cac:AccountingCustomerParty>[\s\S]*?<\/cac:AccountingCustomerParty>/,
        '<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="DK:CVR">DK64942212</cbc:EndpointID><cac:PartyLegalEntity><cbc:RegistrationName>Københavns Kommune</cbc:RegistrationName><cbc:CompanyID schemeID="DK:CVR">DK64942212</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>',
      );
      writeFileSync(path.join(inbox, 'kbh.xml'), addressed);
      writeFileSync(path.join(inbox, 'ukendt.xml'), readFileSync(PEPPOL_MASTER));
      const old = new Date(Date.now() - 60_000);
      for (const f of readdirSync(inbox)) utimesSync(path.join(inbox, f), old, old);
      const { out } = await runOverblik({ ...env, OVERBLIK_INVOICE_INBOX: inbox }, 'invoice', 'inbox');
      expect(out).toBe('1 created, 0 duplicates, 1 refused');
      expect(existsSync(path.join(inbox, 'behandlet', 'kbh.xml'))).toBe(true);
      expect(readFileSync(path.join(inbox, 'afvist', 'ukendt.xml.fejl.txt'), 'utf8')).toMatch(/modtager/);
      expect(readdirSync(inbox).filter((f) => f.endsWith('.xml'))).toEqual([]);
    });

    it('price-index import adds and corrects months of the index', async () => {
      const file = path.join(work, 'npi.csv');
      writeFileSync(file, '2024M06;118,9\n2024M07;119,2\n');
      const { out } = await runOverblik(env, 'price-index', 'import', file);
      expect(out).toContain('2 months of nettoprisindeks stored (2024-06 … 2024-07)');
      const handle = openDatabase(
        env.DATABASE_URL
          ? { dialect: 'postgres', url: env.DATABASE_URL, poolSize: 1 }
          : { dialect: 'sqlite', file: path.join(env.OVERBLIK_DATA_DIR ?? '', 'overblik.sqlite') },
      );
      try {
        const values = await priceIndexValues(handle.db, 'nettoprisindeks');
        expect(values.get('2024-06')).toBe('118.9');
        expect(values.get('2024-07')).toBe('119.2');
        expect(values.get('2015-01')).toBe('98.7');
      } finally {
        await handle.close();
      }
    });
  });
}
