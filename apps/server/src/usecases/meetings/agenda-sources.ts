import { type CalendarDate, type CollectedInput, formatDanishDate, formatKroner } from '@overblik/core';
import {
  type Executor,
  listEscalations,
  openActionsOfSupplier,
  openActivitiesOfSupplierBetween,
  openInvoiceIssuesOfSupplier,
} from '@overblik/db';
import { resolvedList } from '../option-lists/option-lists.js';

/** What a meeting's agenda is collected for: the meeting and what it is about. */
export type AgendaScope = {
  meetingId: string;
  supplierId: string | null;
  contractId: string | null;
  governanceBodyId: string | null;
  /** The level of the supplier's collaboration organisation the meeting is held at, by its name. */
  collaborationLevel: string | null;
  heldOn: CalendarDate;
};

/** The period whose coming deadlines belong on the agenda: from the meeting's day to the end of the period. */
export type AgendaPeriod = { from: CalendarDate; to: CalendarDate };

/** One input as a source finds it: a title in words, what it is about (unique within the source) and where it is shown. */
export type AgendaInput = Pick<CollectedInput, 'title' | 'reference' | 'link'>;

/**
 * A source of agenda inputs: something the register knows that belongs on a status meeting's agenda. A new
 * source (service-level breaches, evaluation scores, security items, escalations to a governance body) is one
 * more entry in `AGENDA_SOURCES`; the meeting code only iterates the list.
 */
export interface AgendaInputSource {
  key: string;
  label: { da: string; en: string };
  /** The template item (its key) the inputs are placed under. */
  section: string;
  collect(executor: Executor, organisationId: string, scope: AgendaScope, period: AgendaPeriod): Promise<AgendaInput[]>;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Invoices of the supplier with undecided deviations, and disputed invoices. */
const invoiceDeviations: AgendaInputSource = {
  key: 'invoice_deviations',
  label: { da: 'Åbne fakturaafvigelser og tvister', en: 'Open invoice deviations and disputes' },
  section: 'economy',
  async collect(db, organisationId, scope) {
    if (!scope.supplierId) return [];
    const invoices = await openInvoiceIssuesOfSupplier(db, organisationId, scope.supplierId);
    return invoices.map((i) => {
      const what =
        i.status === 'disputed'
          ? 'bestridt, afventer kreditnota eller svar'
          : `${plural(i.deviationCount, 'afvigelse', 'afvigelser')}${
              BigInt(i.deviationAmount) !== 0n ? ` (${formatKroner(BigInt(i.deviationAmount))})` : ''
            } afventer afgørelse`;
      return {
        title: `Faktura ${i.number} af ${formatDanishDate(i.issueDate)}: ${what}`,
        reference: `${i.id}:${i.status}`,
        link: `/fakturaer/${i.id}`,
      };
    });
  },
};

/** Open deadlines and options of the supplier and its contracts due in the period after the meeting. */
const comingDeadlines: AgendaInputSource = {
  key: 'deadlines',
  label: { da: 'Frister og optioner i den kommende periode', en: 'Deadlines and options in the coming period' },
  section: 'deadlines',
  async collect(db, organisationId, scope, period) {
    if (!scope.supplierId) return [];
    const activities = await openActivitiesOfSupplierBetween(db, organisationId, scope.supplierId, period.from, period.to);
    // An activity without a title of its own is named by its type, in words (the organisation's name for it).
    const types = new Map((await resolvedList(db, organisationId, 'activity_type', 'da')).map((v) => [v.key, v.label]));
    return activities.map((a) => {
      const contract = a.contractNumber ? ` (${[a.contractNumber, a.contractName].filter(Boolean).join(' ')})` : '';
      return {
        title: `${a.title ?? types.get(a.type) ?? a.type}${contract}: frist ${formatDanishDate(a.dueOn)}`,
        reference: `${a.id}:${a.dueOn}`,
        link: a.contractId ? `/kontrakter/${a.contractId}` : '/frister',
      };
    });
  },
};

/** Open action items from the supplier's earlier meetings. */
const openActions: AgendaInputSource = {
  key: 'open_actions',
  label: { da: 'Åbne aktioner fra tidligere møder', en: 'Open actions from earlier meetings' },
  section: 'actions',
  async collect(db, organisationId, scope) {
    if (!scope.supplierId) return [];
    const actions = await openActionsOfSupplier(db, organisationId, scope.supplierId, scope.meetingId);
    return actions.map((a) => {
      const who = a.responsibleName ?? a.contactName;
      return {
        title: `${a.title}${who ? ` (${who})` : ''}: frist ${formatDanishDate(a.dueOn)}, fra mødet ${formatDanishDate(a.meetingHeldOn)}`,
        reference: a.id,
        link: `/leverandoerstyring/moeder/${a.meetingId}`,
      };
    });
  },
};

/**
 * Open escalations sent to the meeting's forum: to its governance body, or (a supplier's meeting) to its level of the
 * collaboration organisation, named as the meeting names it. They land on the next meeting whose agenda is collected.
 */
const escalations: AgendaInputSource = {
  key: 'escalations',
  label: { da: 'Eskaleringer til mødet', en: 'Escalations to the meeting' },
  section: 'risks',
  async collect(db, organisationId, scope) {
    const open = scope.governanceBodyId
      ? await listEscalations(db, organisationId, { toBodyId: scope.governanceBodyId, status: 'open' })
      : scope.supplierId && scope.collaborationLevel
        ? (await listEscalations(db, organisationId, { supplierId: scope.supplierId, status: 'open' })).filter(
            (e) => e.toLevelName?.trim().toLocaleLowerCase('da') === scope.collaborationLevel?.trim().toLocaleLowerCase('da'),
          )
        : [];
    return open.map((e) => ({
      title: `Eskaleret fra ${e.raisedAt}${e.supplierName ? ` (${e.supplierName})` : ''}: ${e.title}${
        e.dueOn ? `, frist ${formatDanishDate(e.dueOn)}` : ''
      }`,
      reference: e.id,
      link: e.supplierId ? `/leverandoerer/${e.supplierId}` : null,
    }));
  },
};

/** Every source, in the order their inputs are collected. */
export const AGENDA_SOURCES: readonly AgendaInputSource[] = [openActions, invoiceDeviations, comingDeadlines, escalations];

/** Collects every source's inputs for a meeting, each stamped with its source and section. */
export async function collectAgendaInputs(
  db: Executor,
  organisationId: string,
  scope: AgendaScope,
  period: AgendaPeriod,
  sources: readonly AgendaInputSource[] = AGENDA_SOURCES,
): Promise<CollectedInput[]> {
  const out: CollectedInput[] = [];
  for (const source of sources) {
    for (const input of await source.collect(db, organisationId, scope, period))
      out.push({ ...input, source: source.key, section: source.section });
  }
  return out;
}
