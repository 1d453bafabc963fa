import type { DocumentInfo } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadDocumentVersion } from '../../api/documents.ts';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { useFormat } from '../../lib/format.ts';
import { UploadErrorAlert } from './UploadErrorAlert.tsx';
import { useDocumentsChanged } from './useDocumentsChanged.ts';

type Props = { organisationId: string; document: DocumentInfo; onDone: () => void };

/** Uploads a new version of a document, in place of its row; the earlier versions stay and can still be downloaded. */
export function NewVersionForm({ organisationId, document: d, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = useDocumentsChanged(organisationId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const id = `new-version-${d.id}`;
  const mutation = useMutation({
    mutationFn: (chosen: File) => uploadDocumentVersion(organisationId, d.id, chosen),
    onSuccess: async () => {
      await changed();
      onDone();
    },
  });

  return (
    <InlineEditForm
      label={t('documents.newVersionForm', { title: d.title })}
      error={null}
      pending={mutation.isPending}
      submitLabel={mutation.isPending ? t('documents.uploading') : t('documents.uploadVersion')}
      onSubmit={() => {
        setMissing(file === null);
        if (file) mutation.mutate(file);
        else document.getElementById(id)?.focus();
      }}
      onCancel={onDone}
    >
      <UploadErrorAlert error={mutation.error} />
      <FileDropZone
        id={id}
        label={t('documents.versionFile', { title: d.title })}
        hint={t('documents.fileHint')}
        error={missing ? t('documents.errors.noFile') : undefined}
        dropText={t('documents.dropZone')}
        onFile={(chosen) => {
          setFile(chosen);
          setMissing(false);
          mutation.reset();
        }}
      />
      <p className="chosen-file" aria-live="polite">
        {file ? t('documents.chosenFile', { name: file.name, size: format.fileSize(file.size) }) : null}
      </p>
    </InlineEditForm>
  );
}
