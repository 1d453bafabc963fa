import type { ZipLimits } from './files/zip.js';

/**
 * The fixed limits on what one request may make the server do. Each is declared here once; the error
 * messages, the readers and docs/operations.md's table of limits (held to these values by a test) derive from
 * them. The limits on request and upload sizes are settings (config.ts), the date range and the largest amount
 * are rules of the domain (@overblik/core).
 */
const MiB = 1024 * 1024;

/** A spreadsheet for an import (.xlsx): small enough that parsing it stays within a worker's memory. */
export const SPREADSHEET_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 100 * MiB,
  maxTotalBytes: 150 * MiB,
  maxRatio: 500,
};

/** An uploaded document (docx, odt, xlsx) whose text is extracted for search. */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 200 * MiB,
  maxTotalBytes: 200 * MiB,
  maxRatio: 500,
};

/** The most rows one sheet of an import may have (below its heading row). */
export const MAX_IMPORT_ROWS = 50_000;

/** The deepest nesting of arrays and objects a JSON body may have; deeper is refused before it is parsed. */
export const MAX_JSON_DEPTH = 64;

/** Tasks waiting for a worker thread (parsing, text extraction) beyond those running; more answer 503. */
export const MAX_QUEUED_TASKS = 16;

/** The heap of one worker thread; a file that exhausts it ends that thread, not the server. */
export const WORKER_HEAP_MB = 1536;
