import type * as Api from '@overblik/api';
import {
  type CalendarDate,
  type ContractOptionKind,
  contractDeadlines,
  contractStatus,
  derivedActivitiesOf,
  formatDanishDate,
  noticeIsDeadline,
  OPTION_KIND_LABELS,
  STATUS_LABELS,
} from '@overblik/core';
import { findContractByNumber, listContractOptions } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { deadlineTermsOf, stateOf } from './contract-values.js';
import { contractOrThrow } from './contracts.js';

/**
 * A contract's deadlines, option deadlines and derived activities as they will stand (or stood) on `asOf`
 * (default today), by the same rules and with the same explanation as the stored ones (docs/deadlines.md,
 * "A what-if day"). Nothing is stored and nothing is audited: a what-if changes nothing.
 */
export async function previewContractDeadlines(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  query: Api.ContractDeadlinesQuery,
): Promise<Api.ContractDeadlinesPreview> {
  requireOrganisation(caller, 'read', organisationId);
  const contract = await contractOrThrow(deps.db, organisationId, contractId);
  const today = deps.clock.today();
  const asOf = query.asOf ?? today;
  const options = await listContractOptions(deps.db, organisationId, { contractId, limit: 10_000, offset: 0 });
  const terms = deadlineTermsOf(stateOf(contract));
  const d = contractDeadlines(terms, options.items, asOf);
  const noticeDeadline = noticeIsDeadline(terms);
  return {
    contractId,
    asOf,
    today,
    preview: asOf !== today,
    status: contractStatus(
      { inForceFrom: contract.inForceFrom, terminationGivenOn: contract.terminationGivenOn, endsOn: d.finalEnd },
      asOf,
    ),
    endsOn: d.finalEnd,
    currentTermEnd: d.currentTermEnd,
    earliestEnd: d.earliestEnd,
    latestNoticeDate: d.latestNoticeDate,
    noticeIsDeadline: noticeDeadline,
    nextPriceRegulation: d.nextPriceRegulation,
    irrevocableUntil: d.irrevocableUntil,
    optionDeadlines: d.optionDeadlines,
    activities: derivedActivitiesOf(d, asOf, { noticeDeadline }),
    explanation: d.explanation,
  };
}

/** A preview with what a person needs to read it: the contract's number and name, its options, the activity types' names. */
export type NamedDeadlinePreview = {
  contract: { number: string; name: string };
  preview: Api.ContractDeadlinesPreview;
  options: ReadonlyMap<string, { kind: ContractOptionKind; description: string | null }>;
  activityTypes: ReadonlyMap<string, string>;
};

/** The preview for a contract named by its number (the command line). */
export async function previewContractDeadlinesByNumber(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  number: string,
  asOf: CalendarDate | undefined,
): Promise<NamedDeadlinePreview> {
  requireOrganisation(caller, 'read', organisationId);
  const contract = await findContractByNumber(deps.db, organisationId, number);
  if (!contract) throw new AppError('contract_not_found');
  const preview = await previewContractDeadlines(deps, caller, organisationId, contract.id, asOf ? { asOf } : {});
  const options = await listContractOptions(deps.db, organisationId, { contractId: contract.id, limit: 10_000, offset: 0 });
  const types = await resolvedList(deps.db, organisationId, 'activity_type', 'da');
  return {
    contract: { number: contract.number, name: contract.name },
    preview,
    options: new Map(options.items.map((o) => [o.id, { kind: o.kind, description: o.description }])),
    activityTypes: new Map(types.map((v) => [v.key, v.label])),
  };
}

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * The preview as Danish text, the way the contract page's "Frister" reads: dates in words, options and activities
 * by name, then the explanation. For the command line (`overblik deadlines show`).
 */
export function deadlinePreviewText({ contract, preview: p, options, activityTypes }: NamedDeadlinePreview): string {
  const day = (d: CalendarDate | null, none = '–') => (d === null ? none : formatDanishDate(d));
  const optionName = (id: string | null) => {
    const o = id === null ? undefined : options.get(id);
    return o ? `${OPTION_KIND_LABELS[o.kind].da}${o.description ? ` (${o.description})` : ''}` : 'Option';
  };
  const lines = [
    `${contract.number} ${contract.name}: frister pr. ${day(p.asOf)}` +
      (p.preview ? ` (forhåndsvisning; i dag er ${day(p.today)}, og intet gemmes)` : ' (i dag)'),
    `Status: ${STATUS_LABELS[p.status].da}`,
    `Ophører: ${day(p.endsOn, 'løber videre')}`,
    ...(p.currentTermEnd ? [`Nuværende periode udløber: ${day(p.currentTermEnd)}`] : []),
    `Seneste opsigelse: ${p.latestNoticeDate ? `${day(p.latestNoticeDate)}${p.earliestEnd ? ` (for ophør ${day(p.earliestEnd)})` : ''}` : '–'}`,
    `Næste prisregulering: ${day(p.nextPriceRegulation)}`,
    `Uopsigelig til: ${day(p.irrevocableUntil)}`,
  ];
  if (p.optionDeadlines.length > 0) {
    lines.push('Optionsfrister:');
    for (const o of p.optionDeadlines) {
      lines.push(
        `  ${optionName(o.optionId)}, periode ${o.period}: senest ${day(o.deadline)}` +
          (o.extendsTo ? `, forlænger til ${day(o.extendsTo)}` : ''),
      );
    }
  }
  lines.push(p.activities.length > 0 ? 'Aktiviteter:' : 'Aktiviteter: ingen');
  for (const a of p.activities) {
    const what = activityTypes.get(a.type) ?? a.type;
    lines.push(`  ${what}${a.optionId ? ` – ${optionName(a.optionId)}` : ''}: ${day(a.dueOn)}`);
  }
  lines.push('Sådan er fristerne beregnet:');
  for (const sentence of p.explanation) lines.push(`  ${sentence.replace(ISO_DAY, (d) => formatDanishDate(d as CalendarDate))}`);
  return lines.join('\n');
}
