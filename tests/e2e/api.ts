import type { AddMemberResponse, Me, MembershipSummary, Organisation, Problem } from '@overblik/api';

/** A person's session against the public API, for arranging fixtures the way an integrator would. */
export class ApiSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
    readonly me: Me,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'da' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`login as ${email}: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('overblik_session='));
    if (!cookie) throw new Error('login did not set the overblik_session cookie');
    return new ApiSession(baseUrl, cookie, (await response.json()) as Me);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { cookie: this.cookie, 'accept-language': 'da' };
    if (method !== 'GET' && this.me.csrfToken) headers['x-csrf-token'] = this.me.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      const problem = text ? (JSON.parse(text) as Problem) : null;
      throw new Error(`${method} ${path}: ${response.status} ${problem?.code ?? ''} ${problem?.title ?? text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async organisationByName(name: string): Promise<Organisation> {
    const { items } = await this.request<{ items: Organisation[] }>('GET', `/organisations?q=${encodeURIComponent(name)}`);
    const found = items.find((o) => o.name === name);
    if (!found) throw new Error(`no organisation named ${name} (got ${items.map((o) => o.name).join(', ')})`);
    return found;
  }

  addMember(organisationId: string, member: { email: string; name: string; role: MembershipSummary['role'] }) {
    return this.request<AddMemberResponse>('POST', `/organisations/${organisationId}/members`, member);
  }
}

/** The one-time token at the end of an invitation link (`…/opsaetning?token=…`). */
export function setupToken(invitationUrl: string): string {
  const token = new URL(invitationUrl).searchParams.get('token');
  if (!token) throw new Error(`no token in invitation link ${invitationUrl}`);
  return token;
}

/** Completes an invitation through the public API, as the invited person would in the browser. */
export async function acceptInvitation(baseUrl: string, invitationUrl: string, password: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: setupToken(invitationUrl), password }),
  });
  if (response.status !== 200) throw new Error(`setup: ${response.status} ${await response.text()}`);
}
