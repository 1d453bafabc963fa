/**
 * Limits on failed logins (docs/operations.md, "Login limits"). Failures are counted per account (the e-mail
 * address typed, known or not) and per source (the client address, `loginSource`) within a sliding window:
 * - one source that fails `MAX_FAILURES_PER_SOURCE` times on one account is locked out of that account for the
 *   rest of the window, whatever it types then;
 * - an account that has failed `SLOWDOWN_AFTER_FAILURES` times from all sources together is slowed down, not
 *   locked: a source that has itself failed on it in the window must wait after the account's latest failure,
 *   1 second doubling with each further failure, at most `SLOWDOWN_MAX_SECONDS`;
 * - a source without failures on the account in the window is always let try. So a stranger who guesses someone
 *   else's password from one place never locks its owner out at another, while a guesser spread over many
 *   addresses gets one try per new address and then waits with the others.
 */
export const LOGIN_LIMITS = {
  WINDOW_MINUTES: 15,
  MAX_FAILURES_PER_SOURCE: 10,
  SLOWDOWN_AFTER_FAILURES: 10,
  SLOWDOWN_MAX_SECONDS: 60,
} as const;

/** The failed logins on one account within the window: all of them, and those from the source now trying. */
export type LoginFailures = {
  account: number;
  fromSource: number;
  /** The account's latest failure (ISO instant), from any source. */
  latest: string | null;
  /** The oldest failure in the window from this source. */
  oldestFromSource: string | null;
};

export type LoginVerdict =
  | { kind: 'try' }
  /** This source is locked out of this account until its oldest failure leaves the window. */
  | { kind: 'locked'; retryAfterSeconds: number }
  /** The account is under attack and this source has failed on it: wait for the back-off. */
  | { kind: 'slowed'; retryAfterSeconds: number };

/** The start of the window that counts at `now`. */
export function loginWindowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_LIMITS.WINDOW_MINUTES * 60_000);
}

/** The back-off after the account's latest failure, given how many failures it has in the window. */
export function slowdownSeconds(accountFailures: number): number {
  if (accountFailures < LOGIN_LIMITS.SLOWDOWN_AFTER_FAILURES) return 0;
  const doublings = accountFailures - LOGIN_LIMITS.SLOWDOWN_AFTER_FAILURES;
  return Math.min(LOGIN_LIMITS.SLOWDOWN_MAX_SECONDS, 2 ** Math.min(doublings, 30));
}

/** Whether a source may try to log in to an account now, given the account's failures in the window. */
export function loginVerdict(failures: LoginFailures, now: Date): LoginVerdict {
  const secondsUntil = (instant: number) => Math.max(1, Math.ceil((instant - now.getTime()) / 1000));
  if (failures.fromSource >= LOGIN_LIMITS.MAX_FAILURES_PER_SOURCE) {
    const oldest = Date.parse(failures.oldestFromSource ?? now.toISOString());
    return { kind: 'locked', retryAfterSeconds: secondsUntil(oldest + LOGIN_LIMITS.WINDOW_MINUTES * 60_000) };
  }
  const wait = slowdownSeconds(failures.account);
  if (failures.fromSource > 0 && wait > 0 && failures.latest) {
    const until = Date.parse(failures.latest) + wait * 1000;
    if (until > now.getTime()) return { kind: 'slowed', retryAfterSeconds: secondsUntil(until) };
  }
  return { kind: 'try' };
}

/**
 * The source a login comes from, as the limits count it: the IPv4 address (also when written as IPv6
 * `::ffff:a.b.c.d`), or the /64 network of an IPv6 address — one household or server has a whole /64 and
 * could otherwise take a new address for every try. Anything else is kept as written (lower case, at most 100
 * characters).
 */
export function loginSource(address: string): string {
  const text = address.trim().toLowerCase();
  const mapped = /^(?:::ffff:|0:0:0:0:0:ffff:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped?.[1]) return mapped[1];
  if (!text.includes(':')) return text.slice(0, 100);
  const groups = ipv6Groups(text.replace(/%.*$/, ''));
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : text.slice(0, 100);
}

/** The eight 16-bit groups of an IPv6 address (without leading zeros), or null if it is not one. */
function ipv6Groups(text: string): string[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}

/**
 * Limits on requests for a password reset link (docs/operations.md, "Login limits"), counted per e-mail address
 * typed (known or not, so a refusal tells nothing) and per source within a sliding window: at most
 * `MAX_PER_ADDRESS` requests for one address (from anywhere) and `MAX_PER_SOURCE` from one source (for any
 * addresses). The link itself lives `LINK_MINUTES`.
 */
export const PASSWORD_RESET_LIMITS = {
  WINDOW_MINUTES: 60,
  MAX_PER_ADDRESS: 3,
  MAX_PER_SOURCE: 10,
  LINK_MINUTES: 60,
} as const;

/** The reset requests within the window for the address typed, and from the source now asking. */
export type PasswordResetRequests = {
  forAddress: number;
  fromSource: number;
  /** The oldest request in the window for the address, and from the source (ISO instants). */
  oldestForAddress: string | null;
  oldestFromSource: string | null;
};

/** The start of the reset requests' window at `now`. */
export function passwordResetWindowStart(now: Date): Date {
  return new Date(now.getTime() - PASSWORD_RESET_LIMITS.WINDOW_MINUTES * 60_000);
}

/** Whether a reset link may be asked for now; if not, in how many seconds a request frees up. */
export function passwordResetVerdict(
  requests: PasswordResetRequests,
  now: Date,
): { kind: 'ask' } | { kind: 'limited'; retryAfterSeconds: number } {
  const window = PASSWORD_RESET_LIMITS.WINDOW_MINUTES * 60_000;
  const freed = (oldest: string | null) =>
    Math.max(1, Math.ceil((Date.parse(oldest ?? now.toISOString()) + window - now.getTime()) / 1000));
  const waits = [
    ...(requests.forAddress >= PASSWORD_RESET_LIMITS.MAX_PER_ADDRESS ? [freed(requests.oldestForAddress)] : []),
    ...(requests.fromSource >= PASSWORD_RESET_LIMITS.MAX_PER_SOURCE ? [freed(requests.oldestFromSource)] : []),
  ];
  return waits.length === 0 ? { kind: 'ask' } : { kind: 'limited', retryAfterSeconds: Math.max(...waits) };
}
