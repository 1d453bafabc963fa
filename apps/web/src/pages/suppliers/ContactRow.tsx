import type { Contact } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteContact, suppliersKey } from '../../api/suppliers.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EditContactForm } from './EditContactForm.tsx';

type Props = { organisationId: string; contact: Contact; canWrite: boolean; columns: number };

export function ContactRow({ organisationId, contact: c, canWrite, columns }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
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
        <td>
          <span className="row-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-tertiary"
              aria-label={t('contacts.editNamed', { name: c.name })}
              onClick={() => setEditing(true)}
            >
              {t('contacts.edit')}
            </button>
            <ConfirmAction
              label={t('contacts.delete')}
              accessibleLabel={t('contacts.deleteNamed', { name: c.name })}
              question={t('contacts.deleteQuestion', { name: c.name })}
              confirmLabel={t('contacts.deleteConfirm')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          </span>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
