import { describe, expect, it } from 'vitest';
import {
  LOGIN_LIMITS,
  type LoginFailures,
  loginSource,
  loginVerdict,
  loginWindowStart,
  PASSWORD_RESET_LIMITS,
  type PasswordResetRequests,
  passwordResetVerdict,
  passwordResetWindowStart,
  slowdownSeconds,
} from './login-limits.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();
const failures = (f: Partial<LoginFailures>): LoginFailures => ({
  account: 0,
  fromSource: 0,
  latest: null,
  oldestFromSource: null,
  ...f,
});

describe('login limits', () => {
  it('given no failures, then anyone may try', () => {
    expect(loginVerdict(failures({}), NOW)).toEqual({ kind: 'try' });
  });

  it('given 10 failures from this source, then this source is locked out until its oldest failure is 15 minutes old', () => {
    const verdict = loginVerdict(failures({ account: 10, fromSource: 10, latest: before(5), oldestFromSource: before(60) }), NOW);
    expect(verdict).toEqual({ kind: 'locked', retryAfterSeconds: 15 * 60 - 60 });
  });

  it('given 9 failures from this source and none elsewhere, then it may still try', () => {
    expect(loginVerdict(failures({ account: 9, fromSource: 9, latest: before(1), oldestFromSource: before(60) }), NOW)).toEqual({
      kind: 'try',
    });
  });

  it('given a stranger’s 50 failures from another source, then a source without failures may always try', () => {
    expect(loginVerdict(failures({ account: 50, fromSource: 0, latest: before(0) }), NOW)).toEqual({ kind: 'try' });
  });

  it.each([
    [10, 1],
    [11, 2],
    [12, 4],
    [15, 32],
    [16, 60],
    [500, 60],
  ])('given %i failures on the account, then a source that failed waits %i s after the latest one', (account, seconds) => {
    expect(slowdownSeconds(account)).toBe(seconds);
    const just = failures({ account, fromSource: 1, latest: before(0), oldestFromSource: before(0) });
    expect(loginVerdict(just, NOW)).toEqual({ kind: 'slowed', retryAfterSeconds: seconds });
    const waited = failures({ account, fromSource: 1, latest: before(seconds), oldestFromSource: before(seconds) });
    expect(loginVerdict(waited, NOW)).toEqual({ kind: 'try' });
  });

  it('given fewer than 10 failures on the account, then nobody is slowed down', () => {
    expect(slowdownSeconds(9)).toBe(0);
    expect(loginVerdict(failures({ account: 9, fromSource: 3, latest: before(0), oldestFromSource: before(9) }), NOW)).toEqual({
      kind: 'try',
    });
  });

  it('counts the window from 15 minutes before now', () => {
    expect(loginWindowStart(NOW).toISOString()).toBe(before(LOGIN_LIMITS.WINDOW_MINUTES * 60));
  });
});

describe('login source', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not an address', 'not an address'],
  ])('counts %j as %j', (address, source) => {
    expect(loginSource(address)).toBe(source);
  });

  it('gives every address of one IPv6 /64 the same source, and another /64 another', () => {
    expect(loginSource('2001:db8:aa:bb::1')).toBe(loginSource('2001:db8:aa:bb:ffff::9'));
    expect(loginSource('2001:db8:aa:bb::1')).not.toBe(loginSource('2001:db8:aa:bc::1'));
  });
});

describe('password reset limits', () => {
  const requests = (r: Partial<PasswordResetRequests>): PasswordResetRequests => ({
    forAddress: 0,
    fromSource: 0,
    oldestForAddress: null,
    oldestFromSource: null,
    ...r,
  });

  it('given fewer requests than the limits, then a link may be asked for', () => {
    const verdict = passwordResetVerdict(requests({ forAddress: 2, fromSource: 9, oldestForAddress: before(10) }), NOW);
    expect(verdict).toEqual({ kind: 'ask' });
  });

  it('given 3 requests for the address in the hour, then it waits until the oldest is an hour old', () => {
    const verdict = passwordResetVerdict(requests({ forAddress: 3, oldestForAddress: before(600) }), NOW);
    expect(verdict).toEqual({ kind: 'limited', retryAfterSeconds: 3600 - 600 });
  });

  it('given 10 requests from the source in the hour, then it waits; both limits reached, the longer wait counts', () => {
    expect(passwordResetVerdict(requests({ fromSource: 10, oldestFromSource: before(3599) }), NOW)).toEqual({
      kind: 'limited',
      retryAfterSeconds: 1,
    });
    const both = requests({ forAddress: 3, oldestForAddress: before(3000), fromSource: 10, oldestFromSource: before(60) });
    expect(passwordResetVerdict(both, NOW)).toEqual({ kind: 'limited', retryAfterSeconds: 3600 - 60 });
  });

  it('counts within the window', () => {
    expect(passwordResetWindowStart(NOW).toISOString()).toBe(before(PASSWORD_RESET_LIMITS.WINDOW_MINUTES * 60));
  });
});
