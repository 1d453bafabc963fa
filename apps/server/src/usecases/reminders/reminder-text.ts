import { type CalendarDate, daysBetween, formatDanishDate } from '@overblik/core';

/** What a reminder says (Danish): the deadline, the contract's name and number, what to do, and a link. Nothing more. */
export type ReminderSubject = {
  typeLabel: string;
  type: string;
  title: string | null;
  description: string | null;
  dueOn: CalendarDate;
  contractId: string | null;
  contractNumber: string | null;
  contractName: string | null;
  supplierId: string | null;
  supplierName: string | null;
};

const WHAT_TO_DO: Record<string, string> = {
  notice_deadline:
    'Beslut, om kontrakten skal opsiges. En opsigelse skal være modtaget af leverandøren senest på fristen; ellers fortsætter kontrakten.',
  expiry: 'Sørg for, at der er en afløsning (genudbud, forlængelse eller afvikling), før kontrakten udløber.',
  option_exercise: 'Beslut, om optionen skal udnyttes, og meddel det skriftligt til leverandøren inden fristen.',
  price_regulation: 'Kontrollér, at prisreguleringen følger kontraktens bestemmelser, før den nye pris betales.',
  irrevocable_end: 'Kontrakten kan opsiges fra denne dato. Vurder, om den skal fortsætte.',
};

export function whatToDo(s: Pick<ReminderSubject, 'type' | 'description'>): string {
  return s.description ?? WHAT_TO_DO[s.type] ?? 'Se aktiviteten i Overblik, og markér den som udført, når den er klaret.';
}

/** "Økonomisystem (K-2025-014)", or the supplier's name for an activity on a supplier. */
export function subjectName(s: Pick<ReminderSubject, 'contractId' | 'contractName' | 'contractNumber' | 'supplierName'>): string {
  if (s.contractId) return `${s.contractName ?? ''} (${s.contractNumber ?? ''})`;
  return s.supplierName ?? '';
}

export function subjectLink(s: Pick<ReminderSubject, 'contractId' | 'supplierId'>): string | null {
  if (s.contractId) return `/kontrakter/${s.contractId}`;
  if (s.supplierId) return `/leverandoerer/${s.supplierId}`;
  return null;
}

/** "om 30 dage", "i dag", "for 3 dage siden". */
export function relativeDays(dueOn: CalendarDate, day: CalendarDate): string {
  const n = daysBetween(day, dueOn);
  if (n === 0) return 'i dag';
  if (n === 1) return 'i morgen';
  if (n > 1) return `om ${n} dage`;
  return n === -1 ? 'i går' : `for ${-n} dage siden`;
}

/** "Statusmøde: Kvartalsmøde", or the type alone for an activity without a title of its own. */
export function activityHeading(typeLabel: string, title: string | null): string {
  return title ? `${typeLabel}: ${title}` : typeLabel;
}

export function notificationText(s: ReminderSubject, day: CalendarDate): { title: string; body: string } {
  const what = activityHeading(s.typeLabel, s.title);
  return {
    title: `${what} ${formatDanishDate(s.dueOn)} – ${subjectName(s)}`,
    body: `Fristen er ${relativeDays(s.dueOn, day)}. ${whatToDo(s)}`,
  };
}

export function reminderMail(
  s: ReminderSubject,
  r: { recipientName: string | null; late: boolean; sendOn: CalendarDate },
  day: CalendarDate,
  publicUrl: string,
): { subject: string; text: string } {
  const { title, body } = notificationText(s, day);
  const link = subjectLink(s);
  const lines = [
    r.recipientName ? `Hej ${r.recipientName}` : 'Hej',
    '',
    title,
    '',
    body,
    ...(link ? ['', `Se mere i Overblik: ${publicUrl}${link}`] : []),
    ...(r.late
      ? ['', `Påmindelsen kommer for sent: den skulle være sendt ${formatDanishDate(r.sendOn)}, men Overblik kørte ikke den dag.`]
      : []),
    '',
    'Du får denne påmindelse fra Overblik, fordi du er ansvarlig for aktiviteten, har en rolle på kontrakten eller står på listen over modtagere.',
  ];
  return { subject: `${r.late ? '[Forsinket] ' : ''}Påmindelse: ${title}`, text: lines.join('\n') };
}

export function digestMail(
  items: ReadonlyArray<{ title: string | null; body: string | null; link: string | null; late: number }>,
  day: CalendarDate,
  publicUrl: string,
): { subject: string; text: string } {
  const lines = [`Dine påmindelser fra Overblik ${formatDanishDate(day)}:`, ''];
  for (const item of items) {
    lines.push(`• ${item.late ? '[Forsinket] ' : ''}${item.title ?? ''}`);
    if (item.body) lines.push(`  ${item.body}`);
    if (item.link) lines.push(`  ${publicUrl}${item.link}`);
    lines.push('');
  }
  lines.push('Du får én samlet e-mail om dagen, fordi du har valgt det under "Min konto" i Overblik.');
  return { subject: `Overblik: ${items.length} påmindelse${items.length === 1 ? '' : 'r'}`, text: lines.join('\n') };
}
