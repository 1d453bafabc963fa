import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  bearer,
  type Client,
  logIn,
  MEMBER_PASSWORD,
  type OrgFixture,
  startOrganisationApp,
  type TestApp,
} from './harness.js';

for (const dialect of testDialects()) {
  describe(`organisations, units and members on ${dialect}`, () => {
    let t: TestApp;
    let sysadmin: Client;
    let aarhus: OrgFixture;
    let base: string;

    beforeAll(async () => {
      ({ t, sysadmin, org: aarhus, base } = await startOrganisationApp(dialect, '751', 'aarhus'));
    });
    afterAll(() => t?.close());

    it('shows a system administrator all 98 municipalities and a member only their own organisation', async () => {
      const all = await sysadmin.get('/api/v1/organisations?kind=kommune');
      expect(all.data.items).toHaveLength(98);
      expect(all.data.items.find((o: { municipalityCode: string }) => o.municipalityCode === '101')).toMatchObject({
        name: 'Københavns Kommune',
        region: 'Region Hovedstaden',
        cvr: '64942212',
      });
      const own = await aarhus.reader.get('/api/v1/organisations');
      expect(own.data.items.map((o: { name: string }) => o.name)).toEqual(['Aarhus Kommune']);
    });

    it('lets a system administrator create a joint organisation, and checks the CVR number', async () => {
      const bad = await sysadmin.post('/api/v1/organisations', { kind: 'fællesskab', name: 'KOMBIT', cvr: '19435076' });
      expect(bad.statusCode).toBe(400);
      expect(bad.data.errors).toEqual([
        { field: '/cvr', code: 'cvr_checksum', message: 'CVR-nummeret består ikke modulus 11-kontrollen.' },
      ]);
      const kombit = await sysadmin.post('/api/v1/organisations', { kind: 'fællesskab', name: 'KOMBIT A/S', cvr: '19435075' });
      expect(kombit.statusCode).toBe(201);
      const ok = await sysadmin.post('/api/v1/organisations', {
        kind: 'fællesskab',
        name: 'Fælles IT Nord',
        region: 'Region Nordjylland',
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.data).toMatchObject({ kind: 'fællesskab', municipalityCode: null });
      const renamed = await sysadmin.patch(`/api/v1/organisations/${ok.data.id}`, { name: 'Fælles IT Nordjylland' });
      expect(renamed.data.name).toBe('Fælles IT Nordjylland');
      const byMember = await aarhus.admin.post('/api/v1/organisations', { kind: 'anden', name: 'Min egen' });
      expect(byMember.statusCode).toBe(403);
    });

    it('keeps units in a tree: parents in the same organisation, no cycles, no deleting a unit with children', async () => {
      const top = await aarhus.admin.post(`${base}/units`, { name: 'Sundhed og Omsorg', ean: '5798000416604' });
      expect(top.statusCode).toBe(201);
      const child = await aarhus.admin.post(`${base}/units`, { name: 'Hjemmeplejen', parentId: top.data.id });
      expect(child.data.parentId).toBe(top.data.id);
      const cycle = await aarhus.admin.patch(`${base}/units/${top.data.id}`, { parentId: child.data.id });
      expect(cycle.data.code).toBe('unit_cycle');
      const badEan = await aarhus.admin.post(`${base}/units`, { name: 'X', ean: '5798000416605' });
      expect(badEan.data.errors[0]).toMatchObject({ field: '/ean', code: 'gln_checksum' });
      const foreignParent = await aarhus.admin.post(`${base}/units`, {
        name: 'X',
        parentId: '00000000-0000-4000-8000-000000000000',
      });
      expect(foreignParent.data.errors[0]).toMatchObject({ field: '/parentId', code: 'parent_not_found' });
      expect((await aarhus.admin.delete(`${base}/units/${top.data.id}`)).data.code).toBe('unit_has_children');
      expect((await aarhus.admin.delete(`${base}/units/${child.data.id}`)).statusCode).toBe(204);
      expect((await aarhus.admin.delete(`${base}/units/${top.data.id}`)).statusCode).toBe(204);
    });

    it('gives roles their rights: læser reads, redaktør cannot manage the organisation, administrator can', async () => {
      expect((await aarhus.reader.get(`${base}/units`)).statusCode).toBe(200);
      expect((await aarhus.reader.post(`${base}/units`, { name: 'Nej' })).statusCode).toBe(403);
      expect((await aarhus.editor.post(`${base}/units`, { name: 'Nej' })).statusCode).toBe(403);
      expect(
        (await aarhus.editor.post(`${base}/members`, { email: 'x@kommune.test', name: 'X', role: 'læser' })).statusCode,
      ).toBe(403);
      expect((await aarhus.admin.post(`${base}/units`, { name: 'Ja' })).statusCode).toBe(201);
    });

    it('adds members by invitation: the person joins on accepting, and nobody is invited or added twice', async () => {
      const added = await aarhus.admin.post(`${base}/members`, { email: 'Ny@Aarhus.test', role: 'læser' });
      expect(added.statusCode).toBe(201);
      expect(added.data.invitation).toMatchObject({ email: 'ny@aarhus.test', role: 'læser', expired: false });
      expect(added.data.invitation.invitedBy).toBe('administrator aarhus');
      expect((await aarhus.admin.post(`${base}/members`, { email: 'ny@aarhus.test', role: 'redaktør' })).data.code).toBe(
        'already_invited',
      );
      const member = await aarhus.admin.post(`${base}/members`, { email: 'admin-aarhus@kommune.test', role: 'læser' });
      expect(member.statusCode).toBe(409);
      expect(member.data.code).toBe('already_member');
      // The address gets an account later (here from the system administrator); logged in, the person sees and accepts.
      const created = await sysadmin.post('/api/v1/users', { email: 'ny@aarhus.test', name: 'Ny Person' });
      const person = await acceptInvitation(t.app, created.data.invitationUrl, MEMBER_PASSWORD);
      const mine = await person.get('/api/v1/me/invitations');
      expect(mine.data.items).toEqual([
        expect.objectContaining({ id: added.data.invitation.id, organisationName: 'Aarhus Kommune', role: 'læser' }),
      ]);
      const accepted = await person.post(`/api/v1/me/invitations/${added.data.invitation.id}/accept`);
      expect(accepted.data.memberships.map((m: { organisationName: string }) => m.organisationName)).toEqual(['Aarhus Kommune']);
      const members = await aarhus.admin.get(`${base}/members`);
      expect(members.data.items.find((m: { email: string }) => m.email === 'ny@aarhus.test')).toMatchObject({
        name: 'Ny Person',
        role: 'læser',
      });
      expect((await aarhus.admin.get(`${base}/invitations`)).data.items).toEqual([]);
    });

    it('changes roles and removes members, but never the last administrator', async () => {
      const last = await aarhus.admin.patch(`${base}/members/${aarhus.adminMemberId}`, { role: 'læser' });
      expect(last.statusCode).toBe(409);
      expect(last.data.code).toBe('last_administrator');
      expect((await aarhus.admin.delete(`${base}/members/${aarhus.adminMemberId}`)).data.code).toBe('last_administrator');
      const promoted = await aarhus.admin.patch(`${base}/members/${aarhus.readerMemberId}`, { role: 'redaktør' });
      expect(promoted.data.role).toBe('redaktør');
      const members = await aarhus.admin.get(`${base}/members`);
      const nyPerson = members.data.items.find((m: { email: string }) => m.email === 'ny@aarhus.test');
      expect((await aarhus.admin.delete(`${base}/members/${nyPerson.id}`)).statusCode).toBe(204);
      expect((await aarhus.admin.get(`${base}/members`)).data.items.map((m: { email: string }) => m.email)).not.toContain(
        'ny@aarhus.test',
      );
    });

    it('lets a system administrator disable a person: sessions end, tokens stop, login is refused, until enabled again', async () => {
      const token = await aarhus.editor.post('/api/v1/tokens', {
        organisationId: aarhus.organisationId,
        name: 'Spærres',
        scope: 'read',
      });
      const editorMe = await aarhus.editor.get('/api/v1/me');
      const userId = editorMe.data.user.id;
      expect((await aarhus.admin.patch(`/api/v1/users/${userId}`, { disabled: true })).statusCode).toBe(403);
      const disabled = await sysadmin.patch(`/api/v1/users/${userId}`, { disabled: true });
      expect(disabled.data.disabledAt).toEqual(expect.any(String));
      expect((await aarhus.editor.get('/api/v1/me')).statusCode).toBe(401);
      expect((await bearer(t.app, token.data.token).get('/api/v1/me')).statusCode).toBe(401);
      await expect(logIn(t.app, 'redaktoer-aarhus@kommune.test', MEMBER_PASSWORD)).rejects.toThrow(/401/);
      expect((await sysadmin.patch(`/api/v1/users/${userId}`, { disabled: false })).data.disabledAt).toBeNull();
      await logIn(t.app, 'redaktoer-aarhus@kommune.test', MEMBER_PASSWORD);
      const self = (await sysadmin.get('/api/v1/me')).data.user.id;
      expect((await sysadmin.patch(`/api/v1/users/${self}`, { disabled: true })).data.code).toBe('cannot_change_self');
      expect((await sysadmin.patch(`/api/v1/users/${self}`, { isSystemAdmin: false })).data.code).toBe('cannot_change_self');
      const trail = await sysadmin.get(`/api/v1/audit?entityType=user&entityId=${userId}`);
      expect(trail.data.items[1].changes.disabledAt.before).toBeNull();
    });
  });
}
