import type { DocumentInfo } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateDocument } from '../../api/documents.ts';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useDocumentsChanged } from './useDocumentsChanged.ts';
import { isDocumentKind, useKindOptions } from './useKindOptions.ts';

type Props = { organisationId: string; document: DocumentInfo; onDone: () => void };

/** Title, kind and notes of a document, changed in place of its row; Escape or cancel leaves it unchanged. */
export function EditDocumentForm({ organisationId, document: d, onDone }: Props) {
  const { t } = useTranslation();
  const changed = useDocumentsChanged(organisationId);
  const kinds = useKindOptions();
  const [title, setTitle] = useState(d.title);
  const [kind, setKind] = useState(d.kind);
  const [notes, setNotes] = useState(d.notes ?? '');
  const prefix = `edit-document-${d.id}`;
  const mutation = useMutation({
    mutationFn: () => updateDocument(organisationId, d.id, { title: title.trim(), kind, notes: notes.trim() || null }),
    onSuccess: async () => {
      await changed();
      onDone();
    },
  });
  const [blankTitle, setBlankTitle] = useState(false);
  const titleError = blankTitle ? t('form.required') : fieldError(mutation.error, 'title');

  return (
    <InlineEditForm
      label={t('documents.editForm', { title: d.title })}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={() => {
        // A document always has a title; an empty one is refused here rather than by the server.
        setBlankTitle(title.trim() === '');
        if (title.trim() === '') document.getElementById(`${prefix}-title`)?.focus();
        else mutation.mutate();
      }}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-title`}
        label={t('documents.title')}
        value={title}
        required
        maxLength={200}
        error={titleError}
        onChange={(e) => setTitle(e.target.value)}
      />
      <SelectField
        id={`${prefix}-kind`}
        label={t('documents.kind')}
        options={kinds}
        value={kind}
        error={fieldError(mutation.error, 'kind')}
        onChange={(e) => {
          if (isDocumentKind(e.target.value)) setKind(e.target.value);
        }}
      />
      <TextAreaField
        id={`${prefix}-notes`}
        label={t('documents.notesOptional')}
        value={notes}
        rows={3}
        maxLength={5000}
        error={fieldError(mutation.error, 'notes')}
        onChange={(e) => setNotes(e.target.value)}
      />
    </InlineEditForm>
  );
}
