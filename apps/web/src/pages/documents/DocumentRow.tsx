import type { DocumentInfo } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteDocument, documentContentUrl } from '../../api/documents.ts';
import { RowActions } from '../../components/RowActions.tsx';
import { useFormat } from '../../lib/format.ts';
import { DocumentTextTag } from './DocumentTextTag.tsx';
import { DocumentVersions } from './DocumentVersions.tsx';
import { EditDocumentForm } from './EditDocumentForm.tsx';
import { NewVersionForm } from './NewVersionForm.tsx';
import { useDocumentsChanged } from './useDocumentsChanged.ts';

type Props = { organisationId: string; document: DocumentInfo; canWrite: boolean; columns: number };

type Mode = 'view' | 'edit' | 'version';

/**
 * One document: its title links to the current version's file; earlier versions fold out below it. An editor
 * can change its title, kind and notes, upload a new version, or delete it — each in place of the row.
 */
export function DocumentRow({ organisationId, document: d, canWrite, columns }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = useDocumentsChanged(organisationId);
  const [mode, setMode] = useState<Mode>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const versionButton = useRef<HTMLButtonElement>(null);
  const was = useRef<Mode>('view');
  // Closing a form returns focus to the button that opened it.
  useEffect(() => {
    if (mode === 'view' && was.current === 'edit') editButton.current?.focus();
    if (mode === 'view' && was.current === 'version') versionButton.current?.focus();
    was.current = mode;
  }, [mode]);
  const remove = useMutation({ mutationFn: () => deleteDocument(organisationId, d.id), onSuccess: changed });
  const v = d.currentVersion;

  if (mode !== 'view') {
    const close = () => setMode('view');
    return (
      <tr>
        <td colSpan={columns}>
          {mode === 'edit' ? (
            <EditDocumentForm organisationId={organisationId} document={d} onDone={close} />
          ) : (
            <NewVersionForm organisationId={organisationId} document={d} onDone={close} />
          )}
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td>
        <a href={documentContentUrl(organisationId, d.id, v.id)} download>
          {d.title}
        </a>{' '}
        <DocumentTextTag version={v} />
        {d.notes ? <p className="notes form-hint m-0">{d.notes}</p> : null}
        <DocumentVersions organisationId={organisationId} document={d} />
      </td>
      <td>{t(`documents.kinds.${d.kind}`)}</td>
      <td className="document-file-name">{v.fileName}</td>
      <td className="align-text-right nowrap">{format.fileSize(v.sizeBytes)}</td>
      <td className="align-text-right">{format.number(v.version)}</td>
      <td>
        {v.uploadedBy}
        <br />
        <time dateTime={v.createdAt} className="nowrap">
          {format.dateTime(v.createdAt)}
        </time>
      </td>
      {canWrite ? (
        <RowActions
          editRef={editButton}
          editLabel={t('documents.edit')}
          editAccessibleLabel={t('documents.editNamed', { title: d.title })}
          onEdit={() => setMode('edit')}
          deleteLabel={t('documents.delete')}
          deleteAccessibleLabel={t('documents.deleteNamed', { title: d.title })}
          deleteQuestion={t('documents.deleteQuestion', { title: d.title })}
          confirmLabel={t('documents.deleteConfirm')}
          remove={remove}
        >
          <button
            ref={versionButton}
            type="button"
            className="button button-tertiary"
            aria-label={t('documents.newVersionNamed', { title: d.title })}
            onClick={() => setMode('version')}
          >
            {t('documents.newVersion')}
          </button>
        </RowActions>
      ) : null}
    </tr>
  );
}
