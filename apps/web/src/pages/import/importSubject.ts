import type { ContractImportQuery, ImportReport } from '@overblik/api';
import type { QueryKey } from '@tanstack/react-query';
import type { TFunction } from 'i18next';

/**
 * What one import wizard imports: where its own texts are (title, guide, file label …, under `texts` in the
 * translations), how it calls the server, which cached queries it changes and how it names changed fields.
 * The steps themselves are the same for suppliers and contracts.
 */
export type ImportSubject = {
  texts: 'supplierImport' | 'contractImport';
  /** The list the wizard came from and returns to. */
  listPath: '/leverandoerer' | '/kontrakter';
  templateUrl: (organisationId: string) => string;
  /** `createMissingUnits` is sent only when a report has offered it (`missingUnits`, the contract import's). */
  run: (organisationId: string, file: File, query: ContractImportQuery) => Promise<ImportReport>;
  /** The cached queries an import may change. */
  changes: (organisationId: string) => readonly QueryKey[];
  /** A field named in the plan (`postalCode`) as people call it (Postnummer). */
  fieldLabel: (t: TFunction, field: string) => string;
};

/** The report's counts, for a plan or a finished import. */
export type ImportCounts = Pick<ImportReport, 'created' | 'updated' | 'unchanged'>;
