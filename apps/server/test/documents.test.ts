import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxWithText, pdfWithoutText, pdfWithText, xlsxWithCells } from './fixtures/documents.js';
import { type OrganisationApp, startOrganisationApp } from './harness.js';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

for (const dialect of testDialects()) {
  describe(`documents and search on ${dialect}`, () => {
    let o: OrganisationApp;
    let contractId: string;
    let supplierId: string;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '147', 'd');
      const supplier = await o.org.editor.post(`${o.base}/suppliers`, {
        name: 'Skovbryn Data ApS',
        country: 'NO',
        foreignId: 'NO-777',
        notes: 'Leverandør af sagsbehandling',
      });
      supplierId = supplier.data.id;
      const contract = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'DOK-1',
        name: 'Sagsbehandlingssystem',
        supplierId,
        termKind: 'ongoing',
        description: 'Leverandøren drifter løsningen; øl er ikke inkluderet.',
      });
      contractId = contract.data.id;
    });
    afterAll(async () => {
      await o?.t.close();
    });

    const upload = (path: string, bytes: Uint8Array, type: string) =>
      o.org.editor.request('POST', `${o.base}${path}`, Buffer.from(bytes), { 'content-type': type });
    const search = async (q: string) =>
      (await o.org.reader.get(`${o.base}/search?q=${encodeURIComponent(q)}`)).data.items as Array<{
        kind: string;
        id: string;
        title: string;
        field: string;
        snippet: string;
        highlight: { start: number; end: number } | null;
        contract: { id: string; number: string } | null;
      }>;

    it('stores a PDF, makes its text searchable, and finds the contract by a word only in the PDF', async () => {
      const pdf = pdfWithText(['Bilag 3: Servicemål', 'Svartid for kritiske fejl er 4 timer (Kvælstofrapport).']);
      const created = await upload(`/contracts/${contractId}/documents?fileName=Bilag 3.pdf&kind=signed_original`, pdf, PDF);
      expect(created.statusCode).toBe(201);
      expect(created.data).toMatchObject({
        contractId,
        supplierId: null,
        title: 'Bilag 3',
        kind: 'signed_original',
        currentVersion: { version: 1, fileName: 'Bilag 3.pdf', mediaType: PDF, textStatus: 'text', searchable: true },
      });
      const hits = await search('kvælstofrapporten');
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ kind: 'document', id: created.data.id, title: 'Bilag 3', contract: { number: 'DOK-1' } });
      expect(hits[0]?.field).toBe('text:1');
      const highlight = hits[0]?.highlight as { start: number; end: number };
      expect(hits[0]?.snippet.slice(highlight.start, highlight.end)).toBe('Kvælstofrapport');

      const download = await o.org.reader.get(
        `${o.base}/documents/${created.data.id}/versions/${created.data.currentVersion.id}/content`,
      );
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe(PDF);
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Bilag%203.pdf");
      expect(Buffer.compare(download.rawPayload, Buffer.from(pdf))).toBe(0);
    });

    it('stores and serves a file name without control and bidi characters, also one stored before they were removed', async () => {
      const pdf = pdfWithText(['Navnetest']);
      const content = (d: { id: string; currentVersion: { id: string } }) =>
        o.org.reader.get(`${o.base}/documents/${d.id}/versions/${d.currentVersion.id}/content`);
      const created = await upload(
        `/contracts/${contractId}/documents?fileName=${encodeURIComponent('a\r\nb\0.pdf')}`,
        pdf,
        'application/octet-stream',
      );
      expect(created.statusCode, created.body).toBe(201);
      expect(created.data.currentVersion).toMatchObject({ fileName: 'ab.pdf', mediaType: PDF });
      expect(created.data.title).toBe('ab');
      const download = await content(created.data);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`);

      const disguised = await upload(
        `/documents/${created.data.id}/versions?fileName=${encodeURIComponent('faktura\u202efdp.exe')}`,
        pdf,
        PDF,
      );
      expect(disguised.data.currentVersion.fileName).toBe('fakturafdp.exe');
      const onlyControls = await upload(
        `/contracts/${contractId}/documents?fileName=${encodeURIComponent('\r\n\0\u202e')}`,
        pdf,
        PDF,
      );
      expect(onlyControls.data.currentVersion.fileName).toBe('dokument');

      // A name stored before uploads were cleaned (PostgreSQL never took a NUL): listed and downloaded without its
      // CR, LF, other control characters and bidi controls, so it cannot add a header.
      await o.t.database.db
        .updateTable('documentVersions')
        .set({ fileName: 'old\r\nSet-Cookie: x=1\u001b\u0085\u202e"q".pdf' })
        .where('id', '=', created.data.currentVersion.id)
        .execute();
      const listed = await o.org.reader.get(`${o.base}/documents/${created.data.id}`);
      expect(listed.data.versions.map((v: { fileName: string }) => v.fileName)).toContain('oldSet-Cookie: x=1"q".pdf');
      const old = await content(created.data);
      expect(old.statusCode).toBe(200);
      expect(old.headers['set-cookie']).toBeUndefined();
      expect(old.headers['content-disposition']).toBe(
        `attachment; filename="oldSet-Cookie: x=1_q_.pdf"; filename*=UTF-8''oldSet-Cookie%3A%20x%3D1%22q%22.pdf`,
      );
    });

    it('flags a PDF without text (a scan) as not searchable', async () => {
      const scan = await upload(`/contracts/${contractId}/documents?fileName=scan.pdf`, pdfWithoutText(), PDF);
      expect(scan.statusCode).toBe(201);
      expect(scan.data.currentVersion).toMatchObject({ textStatus: 'no_text', searchable: false });
      expect(scan.data.kind).toBe('working_copy');
    });

    it('reads DOCX and XLSX (sent as octet-stream, typed by the file name), on suppliers too', async () => {
      const docx = await upload(
        `/suppliers/${supplierId}/documents?fileName=rammeaftale.docx`,
        docxWithText(['Rammeaftalen omfatter hostingydelser i Ålborg.']),
        'application/octet-stream',
      );
      expect(docx.data.currentVersion).toMatchObject({ mediaType: DOCX, searchable: true });
      expect((await search('hostingydelserne')).map((h) => h.id)).toEqual([docx.data.id]);
      const xlsx = await upload(
        `/contracts/${contractId}/documents?fileName=prisbilag.xlsx`,
        await xlsxWithCells([
          ['Priselement', 'Pris'],
          ['Kørselsgodtgørelse', 1234.5],
        ]),
        XLSX,
      );
      expect(xlsx.data.currentVersion.searchable).toBe(true);
      expect((await search('kørselsgodtgørelsen')).map((h) => h.id)).toContain(xlsx.data.id);
    });

    it('stores a file once by content, and searches the newest version only', async () => {
      const first = pdfWithText(['Versionsord: tranebær']);
      const doc = await upload(`/contracts/${contractId}/documents?fileName=udkast.pdf`, first, PDF);
      const again = await upload(`/contracts/${contractId}/documents?fileName=kopi.pdf`, first, PDF);
      expect(again.data.currentVersion.sha256).toBe(doc.data.currentVersion.sha256);
      const v2 = await upload(
        `/documents/${doc.data.id}/versions?fileName=udkast-v2.pdf`,
        pdfWithText(['Versionsord: hyben']),
        PDF,
      );
      expect(v2.statusCode).toBe(201);
      expect(v2.data.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(v2.data.currentVersion.fileName).toBe('udkast-v2.pdf');
      expect((await search('hyben')).map((h) => h.id)).toEqual([doc.data.id]);
      expect((await search('tranebær')).map((h) => h.id)).toEqual([again.data.id]);
      const renamed = await o.org.editor.patch(`${o.base}/documents/${doc.data.id}`, { title: 'Hovedkontrakt med tillæg' });
      expect(renamed.data.title).toBe('Hovedkontrakt med tillæg');
      expect((await search('tillæggene')).map((h) => h.id)).toEqual([doc.data.id]);
      expect((await search('hyben')).map((h) => h.id)).toEqual([doc.data.id]);
      expect((await o.org.editor.delete(`${o.base}/documents/${again.data.id}`)).statusCode).toBe(204);
      expect(await search('tranebær')).toEqual([]);
    });

    it('refuses empty and too large files, and a læser may not upload', async () => {
      const empty = await upload(`/contracts/${contractId}/documents?fileName=tom.pdf`, new Uint8Array(), PDF);
      expect(empty.statusCode).toBe(400);
      const reader = await o.org.reader.request(
        'POST',
        `${o.base}/contracts/${contractId}/documents?fileName=x.txt`,
        Buffer.from('x'),
        { 'content-type': 'text/plain' },
      );
      expect(reader.statusCode).toBe(403);
      const tooLarge = await upload(
        `/contracts/${contractId}/documents?fileName=stor.pdf`,
        new Uint8Array(o.t.config.maxDocumentBytes + 1),
        PDF,
      );
      expect(tooLarge.statusCode).toBe(413);
    });

    it('searches the register with Danish stemming, without folding æ, ø and å, and shows where the hit is', async () => {
      await o.org.editor.post(`${o.base}/contracts/${contractId}/price-elements`, {
        number: '7',
        name: 'Timepris for konsulenter',
        unitCode: 'HUR',
        unitPrice: '1100',
      });
      await o.org.editor.post(`${o.base}/suppliers/${supplierId}/contacts`, { name: 'Birgitte Ørum', role: 'Kundechef' });
      const byStem = await search('leverandøren');
      expect(byStem.map((h) => `${h.kind}:${h.field}`)).toEqual(
        expect.arrayContaining(['contract:description', 'supplier:notes']),
      );
      expect(byStem.find((h) => h.kind === 'contract')?.title).toBe('DOK-1 Sagsbehandlingssystem');
      expect((await search('øl')).map((h) => h.kind)).toContain('contract');
      expect(await search('ol')).toEqual([]);
      expect((await search('konsulenterne')).map((h) => `${h.kind}:${h.title}`)).toEqual([
        'price_element:Timepris for konsulenter',
      ]);
      expect((await search('kundechefen')).map((h) => `${h.kind}:${h.title}`)).toEqual(['contact:Birgitte Ørum']);
      expect((await search('sagsbehandl')).length).toBeGreaterThan(0);
    });

    it('keeps the index in step with changes and deletions, and never shows another organisation', async () => {
      await o.org.editor.patch(`${o.base}/contracts/${contractId}`, { notes: 'Genforhandles med mågerne' });
      expect((await search('mågen')).map((h) => h.field)).toEqual(['notes']);
      const other = await o.sysadmin.get('/api/v1/organisations?q=751');
      const otherBase = `/api/v1/organisations/${other.data.items[0].id}`;
      expect((await o.sysadmin.get(`${otherBase}/search?q=mågen`)).data.items).toEqual([]);
      const history = await o.org.reader.get(`${o.base}/audit?subjectId=${contractId}`);
      expect(history.data.items.map((e: { entityType: string }) => e.entityType)).toEqual(
        expect.arrayContaining(['document', 'document_version', 'contract']),
      );
      const contract2 = await o.org.editor.post(`${o.base}/contracts`, { number: 'DOK-2', name: 'Slettes', termKind: 'ongoing' });
      await upload(`/contracts/${contract2.data.id}/documents?fileName=a.pdf`, pdfWithText(['Hyldeblomst']), PDF);
      expect((await search('hyldeblomst')).length).toBe(1);
      expect((await o.org.editor.delete(`${o.base}/contracts/${contract2.data.id}`)).statusCode).toBe(204);
      expect(await search('hyldeblomst')).toEqual([]);
    });
  });
}
