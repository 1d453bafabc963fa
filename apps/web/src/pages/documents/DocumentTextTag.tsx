import type { DocumentVersion } from '@overblik/api';
import { useTranslation } from 'react-i18next';

/**
 * Whether the search can find the file's words: a scan without text is not searchable, and a file whose text
 * could not be read says so. A searchable file needs no label.
 */
export function DocumentTextTag({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  if (version.searchable) return null;
  if (version.textStatus === 'no_text') return <span className="badge badge-warning">{t('documents.notSearchable')}</span>;
  return <span className="badge badge-error">{t('documents.textUnreadable')}</span>;
}
