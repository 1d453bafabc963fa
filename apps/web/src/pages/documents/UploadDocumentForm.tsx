import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentOwner, uploadDocument } from '../../api/documents.ts';
import { Alert } from '../../components/Alert.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormat } from '../../lib/format.ts';
import { UploadErrorAlert } from './UploadErrorAlert.tsx';
import { useDocumentsChanged } from './useDocumentsChanged.ts';
import { type DocumentKind, isDocumentKind, useKindOptions } from './useKindOptions.ts';

type Props = { organisationId: string; owner: DocumentOwner; idPrefix: string };

/** "Tilføj dokument": a file (chosen or dropped), an optional title and its kind; the file is sent as it is. */
export function UploadDocumentForm({ organisationId, owner, idPrefix }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = useDocumentsChanged(organisationId);
  const kinds = useKindOptions();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('working_copy');
  // A new key empties the file input after an upload, so the same file can be chosen again.
  const [round, setRound] = useState(0);
  const fileId = `${idPrefix}-file`;
  const mutation = useMutation({
    mutationFn: (chosen: File) =>
      uploadDocument(organisationId, owner, chosen, { kind, ...(title.trim() && { title: title.trim() }) }),
    onSuccess: async () => {
      setFile(null);
      setTitle('');
      setKind('working_copy');
      setRound((r) => r + 1);
      await changed();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(file === null);
    if (file) mutation.mutate(file);
    else document.getElementById(fileId)?.focus();
  }

  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="mt-6">
      <h3 id={`${idPrefix}-heading`}>{t('documents.addHeading')}</h3>
      {mutation.isSuccess ? <Alert variant="success" heading={t('documents.added', { title: mutation.data.title })} /> : null}
      <UploadErrorAlert error={mutation.error} />
      <form onSubmit={submit} noValidate>
        <FileDropZone
          id={fileId}
          label={t('documents.file')}
          hint={t('documents.fileHint')}
          error={missing ? t('documents.errors.noFile') : undefined}
          dropText={t('documents.dropZone')}
          inputKey={round}
          onFile={(chosen) => {
            setFile(chosen);
            setMissing(false);
            mutation.reset();
          }}
        />
        <p className="chosen-file" aria-live="polite">
          {file ? t('documents.chosenFile', { name: file.name, size: format.fileSize(file.size) }) : null}
        </p>
        <TextField
          id={`${idPrefix}-title`}
          label={t('documents.titleOptional')}
          hint={t('documents.titleHint')}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('documents.kind')}
          options={kinds}
          value={kind}
          onChange={(e) => {
            if (isDocumentKind(e.target.value)) setKind(e.target.value);
          }}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {mutation.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
