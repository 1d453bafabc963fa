import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldError } from '../../components/ErrorAlert.tsx';
import type { FieldErrors } from '../../lib/formInput.ts';

/**
 * The message for each field of a form: what the browser could not read (set by `setLocal` when submitting),
 * else what the server said about the field. `conflicts` names the field a problem code is about
 * (e.g. `contract_number_taken` → `number`), so that message is shown at the field too.
 */
export function useFormErrors(conflicts: Readonly<Record<string, string>> = {}) {
  const [local, setLocal] = useState<FieldErrors>({});
  const errorFor = (server: unknown, field: string): string | undefined =>
    local[field] ??
    fieldError(server, field) ??
    (server instanceof ApiError && conflicts[server.code] === field ? server.problem.title : undefined);
  return { errorFor, setLocal };
}
