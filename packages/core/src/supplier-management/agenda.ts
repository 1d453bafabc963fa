/**
 * A status meeting's agenda (issue 18): the organisation's template of standard items, and the inputs the
 * register collects by itself (open invoice deviations, deadlines in the next period, open actions …), each
 * placed under the template item it belongs to. Pure rules; the sources live in the server
 * (`usecases/meetings/agenda-sources.ts`) and the rules, with examples, in docs/supplier-management.md.
 */

/** A standard item of the agenda template: a stable key (inputs name it as their section) and its title. */
export type TemplateItem = { key: string; title: string };

/** The Drejebog's standard agenda for a status meeting with a supplier, used until an administrator edits it. */
export const DEFAULT_AGENDA_TEMPLATE: readonly { key: string; da: string; en: string }[] = [
  { key: 'actions', da: 'Opfølgning på aktioner', en: 'Follow-up on actions' },
  { key: 'delivery', da: 'Leverancer og drift', en: 'Deliveries and operations' },
  { key: 'economy', da: 'Økonomi og fakturering', en: 'Finance and invoicing' },
  { key: 'deadlines', da: 'Kommende frister og optioner', en: 'Coming deadlines and options' },
  { key: 'risks', da: 'Risici og ændringer', en: 'Risks and changes' },
  { key: 'other', da: 'Eventuelt', en: 'Any other business' },
];

/** The template an organisation without its own uses: the defaults, in Danish. */
export function defaultAgendaTemplate(): TemplateItem[] {
  return DEFAULT_AGENDA_TEMPLATE.map((t) => ({ key: t.key, title: t.da }));
}

/** The source of a template item's agenda entry. */
export const TEMPLATE_SOURCE = 'template';

/** One thing the register knows that belongs on the agenda, as a source collected it. */
export type CollectedInput = {
  /** The source's key (`invoice_deviations`, `deadlines`, `open_actions` …). */
  source: string;
  /** The template item it belongs under (its key). */
  section: string;
  /** In words: "Faktura 2026-17 (12.03.2026): 2 afvigelser". */
  title: string;
  /** What it is about, unique within its source (an invoice's id, an activity's id and due date). */
  reference: string;
  /** Where the web app shows it (`/fakturaer/…`), or null. */
  link: string | null;
};

/** An agenda item as stored: a template item (source `template`, reference its key), an input, or one a person added. */
export type AgendaEntry = {
  section: string | null;
  title: string;
  source: string | null;
  reference: string | null;
  link: string | null;
};

/**
 * The agenda after "Hent punkter fra registret": the items already on it keep their order (a person may have
 * moved, added or removed some); each template item not yet on it is added at the end, in the template's
 * order; and each collected input not yet on it (same source and reference) goes after the last item of its
 * section, or at the end when the agenda has no item of that section. Collecting twice adds nothing.
 * On an empty agenda this gives each template item followed by its inputs, in the order they were collected.
 */
export function assembleAgenda(
  existing: readonly AgendaEntry[],
  template: readonly TemplateItem[],
  inputs: readonly CollectedInput[],
): AgendaEntry[] {
  const out = [...existing];
  const has = (source: string, reference: string) => out.some((e) => e.source === source && e.reference === reference);
  for (const t of template) {
    if (!has(TEMPLATE_SOURCE, t.key))
      out.push({ section: t.key, title: t.title, source: TEMPLATE_SOURCE, reference: t.key, link: null });
  }
  for (const input of inputs) {
    if (has(input.source, input.reference)) continue;
    const entry: AgendaEntry = {
      section: input.section,
      title: input.title,
      source: input.source,
      reference: input.reference,
      link: input.link,
    };
    const last = out.findLastIndex((e) => e.section === input.section);
    if (last === -1) out.push(entry);
    else out.splice(last + 1, 0, entry);
  }
  return out;
}
