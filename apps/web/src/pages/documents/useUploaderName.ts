import { useQuery } from '@tanstack/react-query';
import { membersQuery } from '../../api/members.ts';

/**
 * Who uploaded a version, by name: the API records the uploader as the audit trail names them (a person's e-mail
 * address, or a token with its creator's address), so a member is looked up by address; anyone else is shown as recorded.
 */
export function useUploaderName(organisationId: string): (uploadedBy: string) => string {
  const members = useQuery(membersQuery(organisationId)).data?.items ?? [];
  const names = new Map(members.map((m) => [m.email.toLowerCase(), m.name]));
  return (uploadedBy) => names.get(uploadedBy.toLowerCase()) ?? uploadedBy;
}
