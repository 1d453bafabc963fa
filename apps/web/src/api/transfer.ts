import type { ContractImportQuery, ExportQuery, ImportReport } from '@overblik/api';
import { api, apiUrl } from './client.ts';

/** What can be moved in and out of the register as spreadsheets (the path segment of the API's routes). */
export type TransferSubject = 'suppliers' | 'contracts';

export type ExportFormat = NonNullable<ExportQuery['format']>;

/** Downloads are plain links: the browser sends the session cookie with a GET, and the server names the file. */
export const exportUrl = (organisationId: string, subject: TransferSubject, format: ExportFormat) =>
  apiUrl(`/organisations/${organisationId}/exports/${subject}`, { format } satisfies ExportQuery);

export const importTemplateUrl = (organisationId: string, subject: TransferSubject) =>
  apiUrl(`/organisations/${organisationId}/imports/${subject}/template`);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The content type the import expects, chosen by the file's name: browsers report CSV files differently
 * (Windows says application/vnd.ms-excel), and the server reads the bytes anyway.
 */
export function spreadsheetContentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/**
 * A dry run answers the plan and every error; a real import writes all rows or, with any error, answers 422.
 * (`createMissingUnits` is the contract import's only.)
 */
export const runImport = (organisationId: string, subject: TransferSubject, file: File, query: ContractImportQuery) =>
  api.upload<ImportReport>(
    `/organisations/${organisationId}/imports/${subject}`,
    { file, contentType: spreadsheetContentType(file) },
    query,
  );
