import type {
  AddMemberResponse,
  CreateUserResponse,
  Me,
  MembershipSummary,
  MyInvitationList,
  Organisation,
  Problem,
} from '@overblik/api';

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
    return ApiSession.fromResponse(baseUrl, response);
  }

  /** The session a login or a used setup link (`POST /auth/setup`) started. */
  static async fromResponse(baseUrl: string, response: Response): Promise<ApiSession> {
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

  /** Invites an address into the organisation (administrator): the person joins on accepting. */
  invite(organisationId: string, invitation: { email: string; role: MembershipSummary['role'] }) {
    return this.request<AddMemberResponse>('POST', `/organisations/${organisationId}/members`, invitation);
  }

  /**
   * A new person in an organisation, without mail (system administrator): the person is created, which gives
   * the setup link returned here, and the address is invited into the organisation. `acceptInvitation` with
   * the link sets the password and accepts the invitation, as the person would after logging in.
   */
  async addMember(
    organisationId: string,
    member: { email: string; name: string; role: MembershipSummary['role'] },
  ): Promise<{ invitationUrl: string }> {
    const created = await this.request<CreateUserResponse>('POST', '/users', { email: member.email, name: member.name });
    if (!created.invitationUrl) throw new Error(`no setup link for ${member.email}`);
    await this.invite(organisationId, { email: member.email, role: member.role });
    return { invitationUrl: created.invitationUrl };
  }

  /** Accepts every open invitation to this person's address. */
  async acceptInvitations(): Promise<void> {
    const { items } = await this.request<MyInvitationList>('GET', '/me/invitations');
    for (const invitation of items) await this.request<Me>('POST', `/me/invitations/${invitation.id}/accept`);
  }
}

/** The one-time token at the end of an invitation link (`…/opsaetning?token=…`). */
export function setupToken(invitationUrl: string): string {
  const token = new URL(invitationUrl).searchParams.get('token');
  if (!token) throw new Error(`no token in invitation link ${invitationUrl}`);
  return token;
}

/**
 * Completes a setup link through the public API, as the person would in the browser (`name` for an invitation of
 * an address new to Overblik), then accepts the person's open invitations (see `ApiSession.addMember`).
 */
export async function acceptInvitation(baseUrl: string, invitationUrl: string, password: string, name?: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: setupToken(invitationUrl), password, ...(name && { name }) }),
  });
  if (response.status !== 200) throw new Error(`setup: ${response.status} ${await response.text()}`);
  await (await ApiSession.fromResponse(baseUrl, response)).acceptInvitations();
}

/**
 * The one-time link in the invitation mail to `to` about `organisation`, as the test SMTP server on 127.0.0.1
 * received it from the server (the server mails invitations at once); waits up to 20 s for the mail.
 */
export async function mailedInvitationLink(
  smtp: { readonly accepted: ReadonlyArray<{ to: string[]; subject: string; text: string }> },
  to: string,
  organisation: string,
): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = smtp.accepted.findLast((m) => m.to.includes(to) && m.subject.includes(organisation));
    const link = mail?.text.match(/https?:\/\/\S+\/opsaetning\?token=[\w-]+/)?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no invitation mail to ${to} about ${organisation} within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
