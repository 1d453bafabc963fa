import type { DocumentInfo } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { documentContentUrl } from '../../api/documents.ts';
import { useFormat } from '../../lib/format.ts';
import { DocumentTextTag } from './DocumentTextTag.tsx';

type Props = { organisationId: string; document: DocumentInfo };

/** The earlier versions of a document, each with its file to download; folded away until asked for. */
export function DocumentVersions({ organisationId, document: d }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const earlier = d.versions.filter((v) => v.id !== d.currentVersion.id);
  if (earlier.length === 0) return null;
  return (
    <details className="details document-versions">
      <summary className="details-summary">{t('documents.earlierVersions', { count: earlier.length })}</summary>
      <div className="details-text">
        <ul className="unstyled-list m-0">
          {earlier.map((v) => (
            <li key={v.id}>
              <a href={documentContentUrl(organisationId, d.id, v.id)} download>
                {t('documents.versionLink', { version: v.version, fileName: v.fileName })}
              </a>{' '}
              <span className="form-hint">
                {t('documents.versionDetails', {
                  size: format.fileSize(v.sizeBytes),
                  by: v.uploadedBy,
                  at: format.dateTime(v.createdAt),
                })}
              </span>{' '}
              <DocumentTextTag version={v} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
