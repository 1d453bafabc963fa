import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Api from '@overblik/api';
import { formatDanishDate } from '@overblik/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * Approved minutes as the supplier receives them: plain Danish text (the mail's body) and a PDF (its attachment
 * and the document kept with the supplier), both from the same meeting. The PDF is made with pdfmake in IBM Plex
 * Sans (DKFDS's typeface; the WOFF files of IBM's own package `@ibm/plex-sans`, Regular and Bold, embedded). A long
 * meeting takes a few hundred milliseconds, so the PDF is made in a worker thread (`workers/tasks.ts`).
 */

const STATUS_WORDS: Record<Api.Meeting['status'], string> = {
  planned: 'Planlagt',
  held: 'Afholdt',
  approved: 'Referat godkendt',
};

function when(m: Api.Meeting): string {
  return `${formatDanishDate(m.heldOn)}${m.startsAt ? ` kl. ${m.startsAt}` : ''}`;
}

function subjectLines(m: Api.Meeting): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  if (m.supplierName) lines.push(['Leverandør', m.supplierName]);
  if (m.contractNumber || m.contractName) lines.push(['Kontrakt', [m.contractNumber, m.contractName].filter(Boolean).join(' ')]);
  if (m.forum) lines.push(['Forum', m.forum]);
  lines.push(['Tidspunkt', when(m)]);
  if (m.location) lines.push(['Sted', m.location]);
  lines.push(['Deltagere', m.participants.map((p) => p.name).join(', ') || 'Ingen angivet']);
  return lines;
}

function actionLine(a: Api.MeetingAction): string {
  return `${a.title} (ansvarlig: ${a.responsibleName ?? 'ikke angivet'}, frist ${formatDanishDate(a.dueOn)})`;
}

/** The agenda with each item's notes, decisions and actions; decisions and actions on no item come last. */
function sections(m: Api.Meeting) {
  const items = m.agenda.map((item, i) => ({
    heading: `${i + 1}. ${item.title}`,
    notes: item.notes,
    decisions: m.decisions.filter((d) => d.agendaItemId === item.id).map((d) => d.text),
    actions: m.actions.filter((a) => a.agendaItemId === item.id).map(actionLine),
  }));
  const onItem = new Set(m.agenda.map((i) => i.id));
  const loose = {
    heading: 'Øvrige beslutninger og aktioner',
    notes: null,
    decisions: m.decisions.filter((d) => !d.agendaItemId || !onItem.has(d.agendaItemId)).map((d) => d.text),
    actions: m.actions.filter((a) => !a.agendaItemId || !onItem.has(a.agendaItemId)).map(actionLine),
  };
  return loose.decisions.length + loose.actions.length > 0 ? [...items, loose] : items;
}

/** The minutes as plain Danish text: the mail's body (`attached`: the PDF goes with it). */
export function minutesText(m: Api.Meeting, organisationName: string, attached: boolean): string {
  const out = [`Referat: ${m.title}`, '', ...subjectLines(m).map(([k, v]) => `${k}: ${v}`), ''];
  for (const s of sections(m)) {
    out.push(s.heading);
    if (s.notes) out.push(s.notes);
    for (const d of s.decisions) out.push(`Beslutning: ${d}`);
    for (const a of s.actions) out.push(`Aktion: ${a}`);
    out.push('');
  }
  out.push(
    `Referatet er godkendt${m.approvedByName ? ` af ${m.approvedByName}` : ''} og sendt fra Overblik for ${organisationName}.`,
  );
  if (attached) out.push('Referatet er vedhæftet som PDF.');
  return out.join('\n');
}

const require = createRequire(import.meta.url);
let fontsReady = false;

type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

function pdfMake(): PdfMake {
  const pdfmake = require('pdfmake') as PdfMake;
  if (!fontsReady) {
    const dir = path.join(path.dirname(require.resolve('@ibm/plex-sans/package.json')), 'fonts', 'complete', 'woff');
    const regular = path.join(dir, 'IBMPlexSans-Regular.woff');
    const bold = path.join(dir, 'IBMPlexSans-Bold.woff');
    pdfmake.setFonts({ Plex: { normal: regular, bold, italics: regular, bolditalics: bold } });
    // Only the two font files are read from disk, and nothing from the network.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => file === regular || file === bold);
    fontsReady = true;
  }
  return pdfmake;
}

/** The minutes as a PDF (A4, IBM Plex Sans). */
export async function minutesPdf(m: Api.Meeting, organisationName: string): Promise<Buffer> {
  const content: Content[] = [
    { text: `Referat: ${m.title}`, style: 'title' },
    {
      table: { widths: [90, '*'], body: subjectLines(m).map(([k, v]) => [{ text: k, bold: true }, v]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
  ];
  for (const s of sections(m)) {
    content.push({ text: s.heading, style: 'heading' });
    if (s.notes) content.push({ text: s.notes, margin: [0, 0, 0, 4] });
    for (const d of s.decisions) content.push({ text: [{ text: 'Beslutning: ', bold: true }, d], margin: [0, 0, 0, 2] });
    for (const a of s.actions) content.push({ text: [{ text: 'Aktion: ', bold: true }, a], margin: [0, 0, 0, 2] });
  }
  content.push({
    text: `Status: ${STATUS_WORDS[m.status]}${m.approvedByName ? `, godkendt af ${m.approvedByName}` : ''}. ${organisationName}.`,
    margin: [0, 16, 0, 0],
    fontSize: 9,
  });
  return pdfMake()
    .createPdf({
      info: { title: `Referat: ${m.title}`, author: organisationName, subject: m.supplierName ?? undefined },
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 56],
      content,
      defaultStyle: { font: 'Plex', fontSize: 10.5, lineHeight: 1.25 },
      styles: {
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
        heading: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      },
    })
    .getBuffer();
}
