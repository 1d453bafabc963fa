import type * as Api from '@overblik/api';
import {
  listAllSuppliers,
  listCentralRoles,
  listCollaborationLevels,
  listCollaborationParticipants,
  listGovernanceBodies,
  listGovernanceBodyMembers,
  listMembers,
  listOpenActivitiesOfPeople,
  listResponsibilitiesOfPeople,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import { csvFile, dateCell, type SheetData, xlsxFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';

/**
 * "Hvem gør hvad": per member of the organisation, the grundmodel roles held centrally and on contracts, the
 * suppliers the person is involved with (through contracts and collaboration organisations), the governance
 * bodies the person sits in, and the open activities the person is responsible for.
 */
export async function whoDoesWhat(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.WhoDoesWhatQuery,
): Promise<Api.WhoDoesWhat> {
  requireOrganisation(caller, 'read', organisationId);
  const db = deps.db;
  const [members, central, responsibilities, bodies, bodyMembers, participants, levels, activities] = await Promise.all([
    listMembers(db, organisationId),
    listCentralRoles(db, organisationId),
    listResponsibilitiesOfPeople(db, organisationId),
    listGovernanceBodies(db, organisationId),
    listGovernanceBodyMembers(db, organisationId),
    listCollaborationParticipants(db, organisationId, {}),
    listCollaborationLevels(db, organisationId, {}),
    listOpenActivitiesOfPeople(db, organisationId),
  ]);
  const levelSupplier = new Map(levels.map((l) => [l.id, l.supplierId]));
  const supplierNames = new Map(
    participants.length === 0 ? [] : (await listAllSuppliers(db, organisationId)).map((s) => [s.id, s.name] as const),
  );
  const bodyNames = new Map(bodies.map((b) => [b.id, b.name]));

  const items: Api.PersonDuties[] = [];
  for (const member of members) {
    if (query.userId && member.userId !== query.userId) continue;
    const mine = <T extends { userId: string | null }>(rows: readonly T[]) => rows.filter((r) => r.userId === member.userId);
    const centralRoles = mine(central).map((r) => ({ id: r.id, role: r.role, unitId: r.unitId, unitName: r.unitName }));
    const contractRoles = mine(responsibilities).map((r) => ({
      role: r.role,
      contractId: r.contractId,
      contractNumber: r.contractNumber,
      contractName: r.contractName,
      supplierId: r.supplierId,
      supplierName: r.supplierName,
    }));
    if (query.role && !centralRoles.some((r) => r.role === query.role) && !contractRoles.some((r) => r.role === query.role))
      continue;
    const suppliers = new Map<string, Api.PersonDuties['suppliers'][number]>();
    const involve = (id: string, name: string, via: 'contract' | 'collaboration') => {
      const entry = suppliers.get(id) ?? { id, name, via: [] };
      if (!entry.via.includes(via)) entry.via.push(via);
      suppliers.set(id, entry);
    };
    for (const r of contractRoles) if (r.supplierId && r.supplierName) involve(r.supplierId, r.supplierName, 'contract');
    for (const p of mine(participants)) {
      const supplierId = levelSupplier.get(p.levelId);
      const name = supplierId && supplierNames.get(supplierId);
      if (supplierId && name) involve(supplierId, name, 'collaboration');
    }
    items.push({
      userId: member.userId,
      name: member.name,
      email: member.email,
      centralRoles,
      contractRoles,
      suppliers: [...suppliers.values()].sort((a, b) => a.name.localeCompare(b.name, 'da')),
      governanceBodies: mine(bodyMembers).map((m) => ({ id: m.bodyId, name: bodyNames.get(m.bodyId) ?? '', role: m.role })),
      openActivities: activities
        .filter((a) => a.responsibleUserId === member.userId)
        .map((a) => ({
          id: a.id,
          type: a.type,
          title: a.title,
          dueOn: a.dueOn,
          contractId: a.contractId,
          supplierId: a.supplierId,
        })),
    });
  }
  return { items };
}

/** The same, one row per role, supplier, body or activity of a person, as .xlsx or CSV. */
export async function exportWhoDoesWhat(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.WhoDoesWhatExportQuery,
  locale: Locale,
): Promise<FileDownload> {
  const { format = 'xlsx', ...filters } = query;
  const { items } = await whoDoesWhat(deps, caller, organisationId, filters);
  const roles = new Map(
    (await resolvedList(deps.db, organisationId, 'responsibility_role', locale)).map((v) => [v.key, v.label]),
  );
  const types = new Map((await resolvedList(deps.db, organisationId, 'activity_type', locale)).map((v) => [v.key, v.label]));
  const roleLabel = (key: string) => roles.get(key) ?? key;
  const rows: Array<Array<string | Date | null>> = [];
  for (const p of items) {
    const row = (kind: string, what: string, role: string | null, dueOn: string | null = null) =>
      rows.push([p.name, p.email, kind, role, what, dateCell(dueOn)]);
    for (const r of p.centralRoles) row('Central rolle', r.unitName ?? 'Hele organisationen', roleLabel(r.role));
    for (const r of p.contractRoles) row('Kontraktrolle', `${r.contractNumber} ${r.contractName}`, roleLabel(r.role));
    for (const s of p.suppliers)
      row('Leverandør', s.name, s.via.map((v) => (v === 'contract' ? 'kontrakt' : 'samarbejdsorganisation')).join(', '));
    for (const b of p.governanceBodies) row('Styringsorgan', b.name, b.role);
    for (const a of p.openActivities)
      row('Åben aktivitet', a.title ?? types.get(a.type) ?? a.type, types.get(a.type) ?? a.type, a.dueOn);
  }
  const sheet: SheetData = {
    name: 'Hvem gør hvad',
    columns: [
      { heading: 'Person', width: 28 },
      { heading: 'E-mail', width: 30 },
      { heading: 'Art', width: 18 },
      { heading: 'Rolle', width: 28 },
      { heading: 'Hvad', width: 40 },
      { heading: 'Frist', width: 12, kind: 'date' },
    ],
    rows,
  };
  const stem = `hvem-goer-hvad-${deps.clock.today()}`;
  return format === 'csv' ? csvFile(stem, sheet) : xlsxFile(stem, [sheet]);
}
