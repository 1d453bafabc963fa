import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Client, type OrgFixture, startOrganisationApp, type TestApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`option lists and suppliers on ${dialect}`, () => {
    let t: TestApp;
    let org: OrgFixture;
    let base: string;
    let editor: Client;

    beforeAll(async () => {
      ({ t, org, base } = await startOrganisationApp(dialect, '492', 'aeroe'));
      editor = org.editor;
    });
    afterAll(() => t?.close());

    const classification = async (client: Client, locale: 'da' | 'en' = 'da') => {
      const response = await client.request('GET', `${base}/option-lists`, undefined, { 'accept-language': locale });
      return response.data.lists.supplier_classification as Array<{
        key: string;
        label: string;
        disabled: boolean;
        custom: boolean;
      }>;
    };

    it('gives every organisation the Danish default lists, in English on request', async () => {
      const response = await org.reader.get(`${base}/option-lists`);
      expect(Object.keys(response.data.lists)).toContain('contract_type');
      expect(response.data.lists.contract_type[0]).toEqual({
        key: 'hovedkontrakt',
        label: 'Hovedkontrakt',
        disabled: false,
        custom: false,
      });
      expect((await classification(org.reader, 'en')).map((v) => v.label)).toEqual([
        'Strategic',
        'Important',
        'Standard',
        'Minor',
      ]);
    });

    it('lets administrators rename, disable and add values, audited; others may not', async () => {
      expect((await editor.patch(`${base}/option-lists/supplier_classification/strategisk`, { label: 'X' })).statusCode).toBe(
        403,
      );
      const renamed = await org.admin.patch(`${base}/option-lists/supplier_classification/strategisk`, {
        label: 'Strategisk partner',
      });
      expect(renamed.data).toEqual({ key: 'strategisk', label: 'Strategisk partner', disabled: false, custom: false });
      await org.admin.patch(`${base}/option-lists/supplier_classification/lille`, { disabled: true });
      const added = await org.admin.post(`${base}/option-lists/supplier_classification`, { label: 'Særlig leverandør' });
      expect(added.statusCode).toBe(201);
      expect(added.data).toEqual({ key: 'saerlig_leverandoer', label: 'Særlig leverandør', disabled: false, custom: true });
      expect((await classification(org.reader, 'en')).map((v) => `${v.label}${v.disabled ? ' (off)' : ''}`)).toEqual([
        'Strategisk partner',
        'Important',
        'Standard',
        'Minor (off)',
        'Særlig leverandør',
      ]);
      const unknown = await org.admin.patch(`${base}/option-lists/supplier_classification/findes_ikke`, { disabled: true });
      expect(unknown.data.code).toBe('option_not_found');
      const trail = await org.admin.get(`${base}/audit?entityType=option_value`);
      expect(trail.data.items).toHaveLength(3);
    });

    it('creates Danish suppliers with a checked CVR number and foreign suppliers with their own id', async () => {
      const missing = await editor.post(`${base}/suppliers`, { name: 'Uden CVR' });
      expect(missing.data.errors).toEqual([{ field: '/cvr', code: 'required', message: 'Skal udfyldes.' }]);
      const bad = await editor.post(`${base}/suppliers`, { name: 'Forkert CVR', cvr: '19435076' });
      expect(bad.data.errors[0]).toMatchObject({
        field: '/cvr',
        code: 'cvr_checksum',
        message: 'CVR-nummeret består ikke modulus 11-kontrollen.',
      });
      const created = await editor.post(`${base}/suppliers`, {
        name: 'KOMBIT A/S',
        cvr: 'DK 19 43 50 75',
        street: 'Halfdansgade 8',
        postalCode: '2300',
        city: 'København S',
        classification: 'strategisk',
      });
      expect(created.statusCode).toBe(201);
      expect(created.data).toMatchObject({ country: 'DK', cvr: '19435075', classification: 'strategisk', notes: null });
      const twice = await editor.post(`${base}/suppliers`, { name: 'KOMBIT igen', cvr: '19435075' });
      expect(twice.statusCode).toBe(409);
      expect(twice.data.code).toBe('supplier_cvr_taken');
      const foreign = await editor.post(`${base}/suppliers`, {
        name: 'Östgöta IT AB',
        country: 'SE',
        foreignId: 'SE556000016701',
      });
      expect(foreign.data).toMatchObject({ country: 'SE', cvr: null, foreignId: 'SE556000016701' });
      const foreignWithCvr = await editor.post(`${base}/suppliers`, { name: 'X', country: 'SE', cvr: '19435075' });
      expect(foreignWithCvr.data.errors[0]).toMatchObject({ field: '/cvr', code: 'cvr_not_for_foreign' });
    });

    it('offers only enabled values for new suppliers, and keeps a disabled value where it is used', async () => {
      const disabled = await editor.post(`${base}/suppliers`, { name: 'Lille ApS', cvr: '26911745', classification: 'lille' });
      expect(disabled.data.errors[0]).toMatchObject({ field: '/classification', code: 'unknown_option' });
      const unknown = await editor.post(`${base}/suppliers`, {
        name: 'Lille ApS',
        cvr: '26911745',
        classification: 'findes_ikke',
      });
      expect(unknown.data.errors[0]).toMatchObject({ field: '/classification', code: 'unknown_option' });
      const created = await editor.post(`${base}/suppliers`, { name: 'Lille ApS', cvr: '26911745', classification: 'standard' });
      await org.admin.patch(`${base}/option-lists/supplier_classification/standard`, { disabled: true });
      const kept = await editor.patch(`${base}/suppliers/${created.data.id}`, { notes: 'Beholder sin klassifikation' });
      expect(kept.data.classification).toBe('standard');
      await org.admin.patch(`${base}/option-lists/supplier_classification/standard`, { disabled: false });
    });

    it('finds suppliers by part of the name (Æ/Ø/Å too), by CVR, by classification, sorted and paged', async () => {
      await editor.post(`${base}/suppliers`, { name: 'Ærøskøbing Data', cvr: '10150817' });
      const names = async (query: string) =>
        (await org.reader.get(`${base}/suppliers?${query}`)).data.items.map((s: { name: string }) => s.name);
      expect(await names('q=ÆRØSKØBING')).toEqual(['Ærøskøbing Data']);
      expect(await names('q=19435075')).toEqual(['KOMBIT A/S']);
      expect(await names('classification=strategisk')).toEqual(['KOMBIT A/S']);
      expect(await names('country=SE')).toEqual(['Leverandør aeroe', 'Östgöta IT AB']);
      const page = await org.reader.get(`${base}/suppliers?sort=-name&limit=2&offset=1`);
      expect(page.data.total).toBe(5);
      expect(page.data.items).toHaveLength(2);
      const all = await names('sort=name&limit=500');
      expect(all).toEqual([...all].sort(new Intl.Collator('da').compare));
      expect(all.indexOf('Ærøskøbing Data')).toBeLessThan(all.indexOf('Östgöta IT AB'));
      const since = new Date(Date.now() + 60_000).toISOString();
      expect(await names(`changedSince=${encodeURIComponent(since)}`)).toEqual([]);
    });

    it('changes only the fields sent (PATCH), clears with null, and records before and after', async () => {
      const [kombit] = (await org.reader.get(`${base}/suppliers?q=KOMBIT`)).data.items;
      const patched = await editor.patch(`${base}/suppliers/${kombit.id}`, { city: null, notes: 'Fællesoffentlig' });
      expect(patched.data).toMatchObject({ name: 'KOMBIT A/S', street: 'Halfdansgade 8', city: null, notes: 'Fællesoffentlig' });
      const [event] = (await org.reader.get(`${base}/audit?entityType=supplier&entityId=${kombit.id}`)).data.items;
      expect(event.changes).toEqual({
        city: { before: 'København S', after: null },
        notes: { before: null, after: 'Fællesoffentlig' },
      });
      const badCvr = await editor.patch(`${base}/suppliers/${kombit.id}`, { cvr: '11111111' });
      expect(badCvr.statusCode).toBe(400);
      const blankName = await editor.patch(`${base}/suppliers/${kombit.id}`, { name: '   ' });
      expect(blankName.statusCode).toBe(400);
      expect(blankName.data.errors[0]).toMatchObject({ field: '/name', code: 'invalid_format' });
      const blankNew = await editor.post(`${base}/suppliers`, { name: ' ', country: 'NO' });
      expect(blankNew.data.errors[0]).toMatchObject({ field: '/name', code: 'invalid_format' });
    });

    it('keeps contacts under their supplier, and deletes them with it', async () => {
      const [kombit] = (await org.reader.get(`${base}/suppliers?q=KOMBIT`)).data.items;
      const contact = await editor.post(`${base}/suppliers/${kombit.id}/contacts`, {
        name: 'Lise Larsen',
        email: 'lise@kombit.test',
        role: '',
      });
      expect(contact.data).toMatchObject({ name: 'Lise Larsen', role: null, email: 'lise@kombit.test' });
      const badEmail = await editor.post(`${base}/suppliers/${kombit.id}/contacts`, { name: 'X', email: 'ikke en mail' });
      expect(badEmail.data.errors[0]).toMatchObject({ field: '/email', code: 'invalid_format' });
      const updated = await editor.patch(`${base}/suppliers/${kombit.id}/contacts/${contact.data.id}`, {
        phone: '+45 33 33 33 33',
      });
      expect(updated.data).toMatchObject({ phone: '+45 33 33 33 33', email: 'lise@kombit.test' });
      const wrongSupplier = await editor.patch(`${base}/suppliers/${org.supplierId}/contacts/${contact.data.id}`, { phone: '1' });
      expect(wrongSupplier.data.code).toBe('contact_not_found');
      const detail = await org.reader.get(`${base}/suppliers/${kombit.id}`);
      expect(detail.data.contacts.map((c: { name: string }) => c.name)).toEqual(['Lise Larsen']);
      expect((await editor.delete(`${base}/suppliers/${kombit.id}`)).statusCode).toBe(204);
      expect((await org.reader.get(`${base}/suppliers/${kombit.id}`)).data.code).toBe('supplier_not_found');
      const deletions = await org.reader.get(`${base}/audit?entityType=supplier_contact&entityId=${contact.data.id}`);
      expect(deletions.data.items[0].action).toBe('delete');
    });

    it('lets a læser read but not write, and a token of a redaktør write', async () => {
      expect((await org.reader.post(`${base}/suppliers`, { name: 'Nej', country: 'NO' })).statusCode).toBe(403);
      const token = await editor.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'Sync',
        scope: 'read-write',
      });
      const viaToken = await bearer(t.app, token.data.token).post(`${base}/suppliers`, { name: 'Via nøgle', country: 'NO' });
      expect(viaToken.statusCode).toBe(201);
    });
  });
}
