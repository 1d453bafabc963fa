import { PASSWORD_RESET_LIMITS, TIME_ZONE } from '@overblik/core';

/**
 * The mail with a link to choose a new password: in Danish, or in English for a person who chose English. It
 * says how long the link works and what to do if someone else asked for it.
 */
export function passwordResetMail(
  facts: { url: string; expiresAt: string },
  locale: 'da' | 'en',
): { subject: string; text: string } {
  const minutes = PASSWORD_RESET_LIMITS.LINK_MINUTES;
  const at = (language: string) =>
    new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(
      new Date(facts.expiresAt),
    );
  if (locale === 'en') {
    return {
      subject: 'Choose a new password for Overblik',
      text: [
        'Hello,',
        '',
        'Someone, hopefully you, asked for a link to choose a new password for your account in Overblik, the IT contract register.',
        '',
        `Open this link to choose a new password. It works once and expires in ${minutes} minutes (at ${at('en-GB')} Danish time):`,
        facts.url,
        '',
        'When you have chosen a new password, you are logged out everywhere else.',
        '',
        'If you did not ask for this, you can ignore this mail: your password stays as it is.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Vælg en ny adgangskode til Overblik',
    text: [
      'Hej',
      '',
      'Nogen, forhåbentlig dig, har bedt om et link til at vælge en ny adgangskode til din konto i Overblik, registret over it-kontrakter.',
      '',
      `Åbn linket for at vælge en ny adgangskode. Det virker én gang og udløber om ${minutes} minutter (kl. ${at('da-DK')}):`,
      facts.url,
      '',
      'Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.',
      '',
      'Har du ikke bedt om det, kan du se bort fra denne mail: din adgangskode forbliver, som den er.',
    ].join('\n'),
  };
}
