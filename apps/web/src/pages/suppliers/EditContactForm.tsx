import type { Contact } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { suppliersKey, updateContact } from '../../api/suppliers.ts';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { useContactFields } from './ContactFields.tsx';

type Props = { organisationId: string; contact: Contact; onDone: () => void };

/** Changes a contact person inline, in place of its row; Escape or cancel leaves it unchanged. */
export function EditContactForm({ organisationId, contact, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
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

  return (
    <InlineEditForm
      label={t('contacts.editForm', { name: contact.name })}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={() => mutation.mutate()}
      onCancel={onDone}
    >
      {fields.fields(mutation.error)}
    </InlineEditForm>
  );
}
