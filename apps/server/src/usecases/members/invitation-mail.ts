import { calendarDateInDenmark, formatDanishDate, type Role, TIME_ZONE } from '@overblik/core';

export type InvitationMailFacts = {
  organisationName: string;
  role: Role;
  invitedBy: string;
  /** The one-time link (`…/opsaetning?token=…`). */
  url: string;
  expiresAt: string;
};

const ROLE_NAMES: Record<'da' | 'en', Record<Role, string>> = {
  da: { administrator: 'administrator', redaktør: 'redaktør', læser: 'læser' },
  en: { administrator: 'administrator', redaktør: 'editor (redaktør)', læser: 'reader (læser)' },
};

/**
 * The invitation mail: in Danish, or in English for a person who chose English. It reads the same whether or
 * not the address already has an account (both ways on are described), and it names no one but the inviter.
 */
export function invitationMail(facts: InvitationMailFacts, locale: 'da' | 'en'): { subject: string; text: string } {
  const role = ROLE_NAMES[locale][facts.role];
  if (locale === 'en') {
    const until = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(facts.expiresAt));
    return {
      subject: `Invitation to ${facts.organisationName} in Overblik`,
      text: [
        'Hello,',
        '',
        `${facts.invitedBy} has invited you to ${facts.organisationName} in Overblik, the IT contract register, as ${role}.`,
        '',
        `Open this link to accept or decline the invitation. It works once and expires on ${until}:`,
        facts.url,
        '',
        'If you are new to Overblik, you choose your name and a password there. If you already have an account, log in and accept.',
        '',
        'If you did not expect this invitation, you can ignore this mail: nothing happens until you accept.',
      ].join('\n'),
    };
  }
  const until = formatDanishDate(calendarDateInDenmark(new Date(facts.expiresAt)));
  return {
    subject: `Invitation til ${facts.organisationName} i Overblik`,
    text: [
      'Hej',
      '',
      `${facts.invitedBy} har inviteret dig til ${facts.organisationName} i Overblik, registret over it-kontrakter, som ${role}.`,
      '',
      `Åbn linket for at tage imod eller afslå invitationen. Det virker én gang og udløber den ${until}:`,
      facts.url,
      '',
      'Er du ny i Overblik, vælger du dit navn og en adgangskode dér. Har du allerede en konto, logger du ind og tager imod.',
      '',
      'Havde du ikke ventet invitationen, kan du se bort fra denne mail: der sker ikke noget, før du tager imod.',
    ].join('\n'),
  };
}
