import type { Contact } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { suppliersKey, updateContact } from '../../api/suppliers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useContactFields } from './ContactFields.tsx';

type Props = { organisationId: string; contact: Contact; onDone: () => void };

/** Changes a contact person inline, in place of its row; Escape or cancel leaves it unchanged. */
export function EditContactForm({ organisationId, contact, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useContactFields(`edit-contact-${contact.id}`, contact);
  const mutation = useMutation({
    mutationFn: () => updateContact(organisationId, contact.supplierId, contact.id, fields.values),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...suppliersKey(organisationId), contact.supplierId] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      onDone();
    },
  });

  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="inline-edit"
      aria-label={t('contacts.editForm', { name: contact.name })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <ErrorAlert error={mutation.error} />
      {fields.fields(mutation.error)}
      <div className="button-row mt-4">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
