import type { Membership, OrganisationKind } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';
import { normaliseEmail } from './users.js';

export type MembershipWithOrganisation = Pick<Membership, 'id' | 'organisationId' | 'role'> & {
  organisationName: string;
  organisationKind: OrganisationKind;
};

/** A person's memberships across organisations (the person's own view, not a tenant query). */
export async function listMembershipsOfUser(db: Executor, userId: string): Promise<MembershipWithOrganisation[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id',
      'memberships.organisationId',
      'memberships.role',
      'organisations.name as organisationName',
      'organisations.kind as organisationKind',
    ])
    .where('memberships.userId', '=', userId)
    .orderBy('organisations.name')
    .execute();
}

export type Member = Membership & { email: string; name: string; hasPassword: boolean; disabledAt: string | null };

/** The members of an organisation, each with the person's e-mail, name and whether a password is set. */
function membersQuery(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .selectAll('memberships')
    .select(['users.email', 'users.name', 'users.passwordHash', 'users.disabledAt']);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof membersQuery>['execute']>>[number];

function toMember({ passwordHash, ...row }: MemberRow): Member {
  return { ...row, hasPassword: passwordHash !== null };
}

export async function listMembers(db: Executor, organisationId: string): Promise<Member[]> {
  return (await membersQuery(db, organisationId).orderBy('users.name').execute()).map(toMember);
}

export async function getMember(db: Executor, organisationId: string, membershipId: string): Promise<Member | undefined> {
  const row = await membersQuery(db, organisationId).where('memberships.id', '=', membershipId).executeTakeFirst();
  return row && toMember(row);
}

/** The organisation's member with this e-mail address, if any (the organisation's own members only). */
export async function findMemberByEmail(db: Executor, organisationId: string, email: string): Promise<Member | undefined> {
  const row = await membersQuery(db, organisationId).where('users.email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && toMember(row);
}

export async function findMembership(db: Executor, organisationId: string, userId: string): Promise<Membership | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('memberships')
    .selectAll()
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function countAdministrators(db: Executor, organisationId: string): Promise<number> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
