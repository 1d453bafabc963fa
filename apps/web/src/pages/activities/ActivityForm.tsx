import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { createInputReader } from '../../lib/formInput.ts';
import type { ErrorFor, InputReader } from '../contracts/ContractForm.tsx';
import { useFormErrors } from '../contracts/useFormErrors.ts';
import { useActivitiesChanged } from './useActivitiesChanged.ts';

type Props<B, R> = {
  organisationId: string;
  /** Accessible name of the form, e.g. "Tilføj aktivitet". */
  label: string;
  read: (reader: InputReader) => B;
  save: (body: B) => Promise<R>;
  fields: (errorFor: ErrorFor) => ReactNode;
  onCancel: () => void;
  onSaved: (saved: R) => void;
  submitLabel?: string | undefined;
};

const CONFLICTS = { activity_derived: 'type' };

/** The server's message for a field or for one of its items (`/leadDays/2`), shown at the field. */
function nestedError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => e.field.startsWith(`/${field}/`))?.message;
}

/**
 * An inline form that adds or changes an activity: the fields the browser cannot read (a lead time that is not a
 * number) are named at once, the rest by the server; afterwards every list of activities is fetched again.
 */
export function ActivityForm<B, R>({ organisationId, label, read, save, fields, onCancel, onSaved, submitLabel }: Props<B, R>) {
  const { t } = useTranslation();
  const changed = useActivitiesChanged(organisationId);
  const errors = useFormErrors(CONFLICTS);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      await changed();
      onSaved(saved);
    },
  });

  function submit() {
    const reader = createInputReader(t);
    const body = read(reader);
    errors.setLocal(reader.errors);
    if (reader.ok) mutation.mutate(body);
  }

  return (
    <InlineEditForm
      label={label}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={submitLabel}
    >
      {fields((field) => errors.errorFor(mutation.error, field) ?? nestedError(mutation.error, field))}
    </InlineEditForm>
  );
}
