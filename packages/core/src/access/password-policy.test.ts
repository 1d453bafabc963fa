import { describe, expect, it } from 'vitest';
import { commonPasswords, DANISH_COMMON_PASSWORDS } from './common-passwords.js';
import { commonPasswordCandidates, type PasswordOwner, passwordProblem } from './password-policy.js';

const JENS: PasswordOwner = { email: 'jens.hansen@kommune.dk', name: 'Jens Hansen' };
const KAREN: PasswordOwner = { email: 'karen.kjaer@horsens.dk', name: 'Karen Kjær' };
const LIST = commonPasswords();

describe('password policy: length', () => {
  it('wants at least 12 characters, counted as characters not bytes', () => {
    expect(passwordProblem('kort', JENS)).toBe('too_short');
    expect(passwordProblem('æblegrødørn', JENS)).toBe('too_short');
    expect(passwordProblem('æblegrødørnå', JENS)).toBeNull();
    expect(passwordProblem('😀'.repeat(11), JENS)).toBe('too_short');
  });
  it('allows at most 256 characters', () => {
    expect(passwordProblem('en lang sætning '.repeat(16), JENS)).toBeNull();
    expect(passwordProblem(`${'en lang sætning '.repeat(16)}x`, JENS)).toBe('too_long');
  });
});

describe('password policy: the person’s e-mail address and name', () => {
  it('refuses the e-mail address itself, in any case and with spaces around it', () => {
    expect(passwordProblem('Jens.Hansen@kommune.dk', JENS)).toBe('same_as_email');
    expect(passwordProblem(' JENS.HANSEN@KOMMUNE.DK ', JENS)).toBe('same_as_email');
  });

  it.each([
    ['JensHansen1975', 'name parts with a year'],
    ['jens.hansen2024', 'the local part of the e-mail with digits'],
    ['hansenhansen12', 'the surname repeated'],
    ['JENSJENSJENS', 'the first name repeated, upper case'],
    ['2024-jens-hansen!', 'digits before, symbols after'],
    ['jens1975hansen', 'digits between the parts'],
    ['J3ns-H4ns3n-1975', 'l33t'],
    ['Hansen@kommune.dk', 'the surname with the domain'],
    ['Kommune-Hansen-99', 'the domain and the surname'],
  ])('refuses %j (%s)', (password) => {
    expect(passwordProblem(password, JENS)).toBe('personal');
  });

  it('knows æ, ø and å written out: the name Kjær and the address kjaer are the same word', () => {
    expect(passwordProblem('KarenKjær2024', KAREN)).toBe('personal');
    expect(passwordProblem('kjaerkjaer123', { email: 'karen.k@horsens.dk', name: 'Karen Kjær' })).toBe('personal');
    expect(passwordProblem('kjærkjær1234', { email: 'karen.kjaer@horsens.dk' })).toBe('personal');
  });

  it.each([
    ['Jens elsker lange gåture', 'the first name in a passphrase'],
    ['hansen og en helt anden historie', 'the surname at the start of a passphrase'],
    ['Ada-har-en-lang-adgangskode', 'another person’s name'],
    ['x7#Kp2!mQ9$vjens', 'random characters ending in the name'],
  ])('lets %j pass (%s)', (password) => {
    expect(passwordProblem(password, JENS)).toBeNull();
  });

  it('checks the name only where it is known, and ignores one-letter parts', () => {
    expect(passwordProblem('BoBudget-2024', { email: 'bb@viborg.dk', name: 'Bo Budget' })).toBe('personal');
    expect(passwordProblem('BoBudget-2024', { email: 'bb@viborg.dk' })).toBeNull();
    expect(passwordProblem('jjjjjjjjjjjj', { email: 'jh@x.dk', name: 'J Hansen' })).toBe('repetitive');
    expect(passwordProblem('jhjhjhjh1234', { email: 'jh@x.dk', name: 'J Hansen' })).toBe('personal');
  });
});

describe('password policy: repetition and runs', () => {
  it.each([
    ['aaaaaaaaaaaa', 'one character'],
    ['            ', 'spaces'],
    ['111111111111', 'one digit'],
    ['abcabcabcabc', 'a short pattern'],
    ['hest hest hest hest', 'a word and a space'],
    ['korrekthestkorrekthest', 'an 11-character pattern twice'],
    ['abcdefghijklmn', 'the alphabet'],
    ['123456789012', 'digits counting up, 9 wrapping to 0'],
    ['987654321098', 'digits counting down'],
    ['qwertyuiopå12', 'a keyboard row with digits'],
    ['aaaaaaaa1234', 'a run and a PIN'],
    ['hejhej2024!!', 'a repeated word, a year and a repeated symbol'],
    ['1111222233334444', 'four runs of four'],
    ['ZYXWVUTSRQPO', 'the alphabet backwards, upper case'],
    ['😀😀😀😀😀😀😀😀😀😀😀😀', 'an emoji'],
  ])('refuses %j (%s)', (password) => {
    expect(passwordProblem(password, JENS)).toBe('repetitive');
  });

  it.each([
    ['korrekt hest batteri hæfteklamme', 'a passphrase'],
    ['korrekthestbatterihæfteklammekorrekthestbatterihæfteklamme', 'a long passphrase repeated'],
    ['R4nd0m!P4ss#92', 'random characters'],
    ['2024-2025-2026-2027', 'years with separators (not all trivial)'],
    ['abc!def?ghi#jkl', 'short runs among symbols'],
  ])('lets %j pass (%s)', (password) => {
    expect(passwordProblem(password, JENS)).toBeNull();
  });
});

describe('password policy: common passwords', () => {
  it('holds the tens of thousands of common passwords and the Danish ones, lower case', () => {
    expect(LIST.size).toBeGreaterThan(45_000);
    for (const p of ['password', 'qwerty123456', 'password1234', 'iloveyou', ...DANISH_COMMON_PASSWORDS]) {
      expect(LIST.has(p)).toBe(true);
    }
  });

  it.each([
    ['password1234', 'in the list as it is'],
    ['Password1234!', 'a common word with digits and a symbol'],
    ['!!Dragon2024!!', 'symbols and digits around it'],
    ['p@ssw0rd2024', 'l33t'],
    ['l1verpool1234', 'l33t with 1 for l'],
    ['i love you 2024', 'with spaces'],
    ['Sommer2024!!!', 'a Danish season'],
    ['Velkommen1234', 'Danish: welcome'],
    ['Adgangskode-123', 'Danish: password'],
    ['jegelskerdig', 'Danish: I love you'],
    ['administrator', 'a word from the list of 12 letters'],
  ])('refuses %j (%s)', (password) => {
    expect(passwordProblem(password, JENS, LIST)).toBe('common');
  });

  it('is checked only when the list is given (the browser leaves it to the server)', () => {
    expect(passwordProblem('Password1234!', JENS)).toBeNull();
  });

  it.each([
    'korrekt hest batteri hæfteklamme',
    'en helt anden lang adgangskode',
    'Sikker-Start-Adgangskode-2025',
    'Agnes-holder-styr-paa-fristerne',
    'x7#Kp2!mQ9$vWz',
  ])('lets the passphrase or random password %j pass', (password) => {
    expect(passwordProblem(password, JENS, LIST)).toBeNull();
  });

  it('looks up the password, its letters between digits and symbols, its l33t readings and all without separators', () => {
    expect(commonPasswordCandidates('!p@ss w0rd-2024')).toEqual(
      expect.arrayContaining(['!p@ss w0rd-2024', 'p@ss w0rd', 'pass word', 'password']),
    );
    expect(commonPasswordCandidates('2024')).toEqual(['2024']);
  });
});

describe('password policy: order of the rules', () => {
  it('names the most specific problem first', () => {
    expect(passwordProblem('jensjensjens', JENS, LIST)).toBe('personal');
    expect(passwordProblem('aaaaaaaaaaaa', JENS, LIST)).toBe('repetitive');
    expect(passwordProblem('qwerty123456', JENS, LIST)).toBe('repetitive');
  });
});
