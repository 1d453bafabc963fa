export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email' | 'personal' | 'repetitive' | 'common';

/** The person whose password it is: a password built from their e-mail address or name is refused. */
export type PasswordOwner = { email: string; name?: string | null };

/**
 * Length over composition rules (NIST SP 800-63B §5.1.1.2): at least 12 characters, at most 256, and none
 * that an attacker guesses first —
 * - `same_as_email`: the person's own e-mail address;
 * - `personal`: made only of the person's name or e-mail address (its parts, repeated, in any case, with
 *   digits or symbols around or between them, `j3ns` for `jens`): `JensHansen1975`, `hansen-hansen-2024`.
 *   A name inside a passphrase with other words passes (`Jens elsker lange gåture`);
 * - `repetitive`: one character or a short pattern repeated, runs like `abcdef`, `654321`, `qwerty`, and
 *   little else (`aaaaaaaaaaaa`, `abcabcabcabc`, `hejhej2024!!`);
 * - `common`: in `commonPasswords`, also with digits or symbols around it, in `l33t` or with separators
 *   (`Password1234!`, `p@ssw0rd2024`, `i love you 2024`). The list is large, so the server passes it
 *   (`@overblik/core/common-passwords`) and the browser checks the other rules without it.
 * The first rule broken is returned, or null.
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  commonPasswords?: ReadonlySet<string>,
): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.normalize('NFC').toLowerCase();
  if (lower.trim() === owner.email.normalize('NFC').trim().toLowerCase()) return 'same_as_email';
  if (isPersonal(lower, owner)) return 'personal';
  if (isRepetitive(lower)) return 'repetitive';
  if (commonPasswords && commonPasswordCandidates(lower).some((candidate) => commonPasswords.has(candidate))) {
    return 'common';
  }
  return null;
}

const NOT_LETTERS = /[^\p{L}]+/gu;
const SEPARATORS = /[\s\-_.,;:+/\\|]+/gu;

/** Digits and symbols read as the letters they stand for (`p@ssw0rd`); `1` as both i and l. */
const LEET: readonly (readonly [RegExp, string])[] = [
  [/0/g, 'o'],
  [/3/g, 'e'],
  [/4|@/g, 'a'],
  [/5|\$/g, 's'],
  [/7/g, 't'],
  [/8/g, 'b'],
  [/!/g, 'i'],
];
const leet = (text: string, one: 'i' | 'l') => LEET.reduce((t, [from, to]) => t.replace(from, to), text).replace(/1/g, one);

/** The text between the first and the last letter: `!!Sommer2024` → `sommer`. Empty without letters. */
const lettersCore = (lower: string) => lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The forms in which a (lower-case) password is looked up in the list of common passwords: itself; without the
 * digits and symbols before its first and after its last letter; that read as l33t; each without separators.
 */
export function commonPasswordCandidates(lower: string): string[] {
  const core = lettersCore(lower);
  const forms = [lower, core, leet(core, 'i'), leet(core, 'l')];
  return [...new Set([...forms, ...forms.map((f) => f.replace(SEPARATORS, ''))])].filter((f) => f.length > 0);
}

/** æ, ø, å and ß written out, other accents dropped: `Kjær` and `kjaer` are the same word. */
function fold(text: string): string {
  return text
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The words of a person's name and e-mail address (each part, and each whole without its separators), folded. */
function personalWords(owner: PasswordOwner): string[] {
  const email = owner.email.normalize('NFC').trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  const domain = at < 0 ? '' : email.slice(at + 1);
  const name = (owner.name ?? '').normalize('NFC').trim().toLowerCase();
  const words = [local, name, ...domain.split('.')].flatMap((part) => [
    part.replace(NOT_LETTERS, ''),
    ...part.split(NOT_LETTERS),
  ]);
  return [...new Set(words.map(fold))].filter((w) => w.length >= 2);
}

/** The letters of the password (also read as l33t), folded, consist of the person's words and nothing else. */
function isPersonal(lower: string, owner: PasswordOwner): boolean {
  const words = personalWords(owner);
  if (words.length === 0) return false;
  const core = lettersCore(lower);
  const readings = [lower, leet(core, 'i'), leet(core, 'l')].map((r) => fold(r.replace(NOT_LETTERS, '')));
  return readings.some((letters) => letters.length > 0 && madeOf(letters, words));
}

/** Whether `text` is a concatenation of `words` (each as often as needed). */
function madeOf(text: string, words: readonly string[]): boolean {
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reachable[i]) continue;
    for (const word of words) if (text.startsWith(word, i)) reachable[i + word.length] = true;
  }
  return reachable[text.length] === true;
}

/** Runs a person types without thinking, forwards or backwards: the alphabet, the digits (9 wraps to 0), keyboard rows. */
const RUNS = ['abcdefghijklmnopqrstuvwxyzæøå', '01234567890', 'qwertyuiopå', 'asdfghjklæø', 'zxcvbnm'].flatMap((run) => [
  run,
  [...run].reverse().join(''),
]);

/**
 * A stretch that adds (almost) nothing to guess: one character repeated, a pattern shorter than the minimum
 * length repeated at least twice, a run of three or more from `RUNS`, or up to four digits (a year, a PIN).
 */
function isTrivialStretch(chars: readonly string[]): boolean {
  const n = chars.length;
  if (chars.every((c) => c === chars[0])) return true;
  if (n <= 4 && chars.every((c) => c >= '0' && c <= '9')) return true;
  const text = chars.join('');
  if (n >= 3 && RUNS.some((run) => run.includes(text))) return true;
  for (let period = 2; period <= n / 2 && period < MIN_PASSWORD_LENGTH; period++) {
    if (chars.every((c, i) => i < period || c === chars[i - period])) return true;
  }
  return false;
}

/**
 * Repetitive: the password splits into at most max(3, length / 4) trivial stretches (`aaaaaaaa1234`,
 * `abcabcabcabc`, `hejhej2024!!`, `1111222233334444`). Ordinary words and passphrases need about one stretch per
 * character. A stretch is at most 64 characters long (a longer run counts as several), so the check stays quick.
 */
function isRepetitive(lower: string): boolean {
  const chars = [...lower];
  const n = chars.length;
  const budget = Math.max(3, Math.floor(n / 4));
  // fewest[i]: the fewest trivial stretches that make up the first i characters.
  const fewest = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  fewest[0] = 0;
  for (let i = 0; i < n; i++) {
    const before = fewest[i] ?? Number.POSITIVE_INFINITY;
    if (before >= budget) continue;
    for (let j = i + 1; j <= Math.min(n, i + 64); j++) {
      if (before + 1 < (fewest[j] ?? Number.POSITIVE_INFINITY) && isTrivialStretch(chars.slice(i, j))) fewest[j] = before + 1;
    }
  }
  return (fewest[n] ?? Number.POSITIVE_INFINITY) <= budget;
}
