import type { Contact } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteContact, suppliersKey } from '../../api/suppliers.ts';
import { RowActions } from '../../components/RowActions.tsx';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { EditContactForm } from './EditContactForm.tsx';

type Props = { organisationId: string; contact: Contact; canWrite: boolean; columns: number };

export function ContactRow({ organisationId, contact: c, canWrite, columns }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { editing, setEditing, editButton } = useEditToggle();
  const remove = useMutation({
    mutationFn: () => deleteContact(organisationId, c.supplierId, c.id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...suppliersKey(organisationId), c.supplierId] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });

  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>
          <EditContactForm organisationId={organisationId} contact={c} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td>{c.name}</td>
      <td>{c.role ?? '–'}</td>
      <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '–'}</td>
      <td>{c.phone ? <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a> : '–'}</td>
      {canWrite ? (
        <RowActions
          editRef={editButton}
          editLabel={t('contacts.edit')}
          editAccessibleLabel={t('contacts.editNamed', { name: c.name })}
          onEdit={() => setEditing(true)}
          deleteLabel={t('contacts.delete')}
          deleteAccessibleLabel={t('contacts.deleteNamed', { name: c.name })}
          deleteQuestion={t('contacts.deleteQuestion', { name: c.name })}
          confirmLabel={t('contacts.deleteConfirm')}
          remove={remove}
        ></RowActions>
      ) : null}
    </tr>
  );
}
