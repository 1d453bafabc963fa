import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type DocumentOwner, documentsQuery } from '../../api/documents.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { DocumentRow } from './DocumentRow.tsx';
import { UploadDocumentForm } from './UploadDocumentForm.tsx';

type Props = {
  organisationId: string;
  owner: DocumentOwner;
  /** The contract's or supplier's name, for the table's caption. */
  ownerName: string;
  canWrite: boolean;
  /** Id of the section's heading (the anchor of the contract page's table of contents). */
  headingId: string;
  className?: string;
};

const HEADINGS = ['title', 'kind', 'fileName', 'size', 'version', 'uploaded'] as const;

/** "Dokumenter" of a contract or a supplier: the signed originals and working copies, with their versions. */
export function DocumentsSection({ organisationId, owner, ownerName, canWrite, headingId, className = 'mt-7' }: Props) {
  const { t } = useTranslation();
  const list = useQuery(documentsQuery(organisationId, owner));
  const columns = HEADINGS.length + (canWrite ? 1 : 0);
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId}>{t('documents.heading')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && items.length === 0 ? <p>{t('documents.none')}</p> : null}
      {items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('documents.caption', { name: ownerName })}</caption>
            <thead>
              <tr>
                {HEADINGS.map((h) => (
                  <th key={h} scope="col">
                    {t(`documents.columns.${h}`)}
                  </th>
                ))}
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DocumentRow key={d.id} organisationId={organisationId} document={d} canWrite={canWrite} columns={columns} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {canWrite ? <UploadDocumentForm organisationId={organisationId} owner={owner} idPrefix={`${headingId}-upload`} /> : null}
    </section>
  );
}
