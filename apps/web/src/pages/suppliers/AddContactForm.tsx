import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createContact, suppliersKey } from '../../api/suppliers.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useContactFields } from './ContactFields.tsx';

type Props = { organisationId: string; supplierId: string };

export function AddContactForm({ organisationId, supplierId }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const contact = useContactFields('contact');
  const mutation = useMutation({
    mutationFn: () => createContact(organisationId, supplierId, contact.values),
    onSuccess: async () => {
      contact.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...suppliersKey(organisationId), supplierId] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="add-contact-heading" className="mt-6">
      <h3 id="add-contact-heading">{t('contacts.addHeading')}</h3>
      {mutation.isSuccess ? <Alert variant="success" heading={t('contacts.added', { name: mutation.data.name })} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        {contact.fields(mutation.error)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('contacts.addSubmit')}
        </button>
      </form>
    </section>
  );
}
