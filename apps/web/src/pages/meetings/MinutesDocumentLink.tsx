import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentContentUrl, documentsQuery } from '../../api/documents.ts';

type Props = { organisationId: string; supplierId: string; documentId: string };

/** A download of the approved minutes as kept with the supplier's documents (the PDF the recipients got). */
export function MinutesDocumentLink({ organisationId, supplierId, documentId }: Props) {
  const { t } = useTranslation();
  const documents = useQuery(documentsQuery(organisationId, { supplierId }));
  const document = documents.data?.items.find((d) => d.id === documentId);
  if (!document) return null;
  return (
    <p>
      <a href={documentContentUrl(organisationId, document.id, document.currentVersion.id)} download>
        {t('meetings.approve.download', { fileName: document.currentVersion.fileName })}
      </a>
    </p>
  );
}
