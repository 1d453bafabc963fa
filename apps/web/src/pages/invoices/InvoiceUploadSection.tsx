import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { invoicesKey, receiveInvoices } from '../../api/invoices.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { IntakeReportTable } from './IntakeReportTable.tsx';
import { multipartUpload } from './multipartUpload.ts';

const RESULT_HEADING_ID = 'invoice-intake-heading';

/**
 * "Modtag fakturaer": many OIOUBL or Peppol XML files at once, dropped or chosen. Each file is received on its own,
 * and the answer says for each whether it was received, had been received before, or was refused and why.
 */
export function InvoiceUploadSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const upload = useMutation({
    mutationFn: (files: File[]) => receiveInvoices(organisationId, multipartUpload(files)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invoicesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
  const report = upload.data;
  // The report is announced by moving focus to its heading.
  useEffect(() => {
    if (report) heading.current?.focus();
  }, [report]);
  const tooLarge = upload.error instanceof ApiError && upload.error.code === 'payload_too_large';

  return (
    <section aria-labelledby="invoice-upload-heading" className="mb-7">
      <h2 id="invoice-upload-heading">{t('invoices.intake.heading')}</h2>
      <p>{t('invoices.intake.intro')}</p>
      <FileDropZone
        id="invoice-files"
        multiple
        accept=".xml,application/xml,text/xml"
        label={t('invoices.intake.fileLabel')}
        hint={t('invoices.intake.fileHint')}
        dropText={t('invoices.intake.dropZone')}
        inputKey={upload.submittedAt}
        disabled={upload.isPending}
        onFiles={(files) => upload.mutate(files)}
      />
      {upload.isPending ? <Loading label={t('invoices.intake.receiving', { count: upload.variables?.length ?? 0 })} /> : null}
      {tooLarge ? <Alert variant="error" heading={t('invoices.intake.tooLarge')} /> : <ErrorAlert error={upload.error} />}
      {report ? (
        <>
          <h3 id={RESULT_HEADING_ID} ref={heading} tabIndex={-1} className="focus-target">
            {t('invoices.intake.resultHeading')}
          </h3>
          <p role="status">
            {t('invoices.intake.summary', {
              created: format.number(report.created),
              duplicates: format.number(report.duplicates),
              refused: format.number(report.refused),
            })}
          </p>
          <IntakeReportTable report={report} />
        </>
      ) : null}
    </section>
  );
}
