import { actionIsOpen } from '@overblik/core';
import { listActions, listDecisions, listMeetings } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import { type Column, csvFile, dateCell, xlsxFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';

const STATUS_LABELS = { planned: 'Planlagt', held: 'Afholdt', approved: 'Referat godkendt' } as const;

const COLUMNS: readonly Column[] = [
  { heading: 'Dato', width: 12, kind: 'date' },
  { heading: 'Tidspunkt', width: 10 },
  { heading: 'Titel', width: 36 },
  { heading: 'Leverandør', width: 28 },
  { heading: 'Kontrakt', width: 28 },
  { heading: 'Forum', width: 20 },
  { heading: 'Sted', width: 20 },
  { heading: 'Status', width: 18 },
  { heading: 'Beslutninger', width: 12, kind: 'integer' },
  { heading: 'Åbne aktioner', width: 12, kind: 'integer' },
  { heading: 'Godkendt af', width: 22 },
];

/** The organisation's meetings (or one supplier's), newest first, as .xlsx or CSV. */
export async function exportMeetings(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: { format?: 'xlsx' | 'csv' | undefined; supplierId?: string | undefined },
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const { items } = await listMeetings(deps.db, organisationId, { supplierId: query.supplierId, limit: 10_000, offset: 0 });
  const ids = items.map((m) => m.id);
  const [decisions, actions] = await Promise.all([
    listDecisions(deps.db, organisationId, ids),
    listActions(deps.db, organisationId, ids),
  ]);
  const rows = items.map((m) => [
    dateCell(m.heldOn),
    m.startsAt,
    m.title,
    m.supplierName,
    [m.contractNumber, m.contractName].filter(Boolean).join(' ') || null,
    m.forum,
    m.location,
    STATUS_LABELS[m.status],
    decisions.filter((d) => d.meetingId === m.id).length,
    actions.filter((a) => a.meetingId === m.id && actionIsOpen(a, a.activityStatus ? { status: a.activityStatus } : null)).length,
    m.approvedByName,
  ]);
  const sheet = { name: 'Møder', columns: COLUMNS, rows };
  const stem = `moeder-${deps.clock.today()}`;
  return query.format === 'csv' ? csvFile(stem, sheet) : xlsxFile(stem, [sheet]);
}
