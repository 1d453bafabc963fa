import { readFileSync } from 'node:fs';
import {
  EARLIEST_DATE,
  LATEST_DATE,
  LOGIN_LIMITS,
  MAX_AMOUNT_ORE,
  oreToDecimalString,
  PASSWORD_RESET_LIMITS,
} from '@overblik/core';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { MAX_EXTRACTED_CHARS } from '../src/documents/extract-text.js';
import { megabytes } from '../src/files/zip.js';
import {
  DOCUMENT_ZIP_LIMITS,
  MAX_IMPORT_ROWS,
  MAX_JSON_DEPTH,
  MAX_QUEUED_TASKS,
  SPREADSHEET_ZIP_LIMITS,
  WORKER_HEAP_MB,
} from '../src/limits.js';

/** docs/operations.md's table of limits, row by row (the limit's name and its value). */
function limitsTable(): Map<string, string> {
  const text = readFileSync(new URL('../../../docs/operations.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## Limits'), text.indexOf('\n## ', text.indexOf('## Limits') + 1));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 3 && cells[1] && !/^-+$/.test(cells[1]) && cells[1] !== 'limit') rows.set(cells[1], cells[2] ?? '');
  }
  return rows;
}

describe('docs/operations.md states every limit as the code declares it', () => {
  const table = limitsTable();
  const config = configFromEnv({});
  it.each([
    ['JSON body', `${config.maxJsonBytes} bytes`],
    ['JSON nesting depth', `${MAX_JSON_DEPTH} levels`],
    ['spreadsheet upload (import)', `${config.maxImportBytes} bytes`],
    ['document upload', `${config.maxDocumentBytes} bytes`],
    ['e-invoice file / files per upload', `${config.maxInvoiceBytes} bytes / ${config.maxInvoiceFiles}`],
    ['.xlsx import: parts (ZIP entries)', `${SPREADSHEET_ZIP_LIMITS.maxEntries}`],
    [
      '.xlsx import: unpacked, one part / in all',
      `${megabytes(SPREADSHEET_ZIP_LIMITS.maxEntryBytes)} / ${megabytes(SPREADSHEET_ZIP_LIMITS.maxTotalBytes)}`,
    ],
    ['.xlsx import: compression ratio of a part over 1 MB', `${SPREADSHEET_ZIP_LIMITS.maxRatio} to 1`],
    ['rows in one sheet of an import', `${MAX_IMPORT_ROWS}`],
    [
      'document (docx, odt, xlsx) text extraction: parts / unpacked',
      `${DOCUMENT_ZIP_LIMITS.maxEntries} / ${megabytes(DOCUMENT_ZIP_LIMITS.maxTotalBytes)}`,
    ],
    ['text kept per document', `${MAX_EXTRACTED_CHARS} characters`],
    ['worker threads / queued tasks', `/ ${MAX_QUEUED_TASKS}`],
    ['heap of one worker thread', `${WORKER_HEAP_MB} MB`],
    ['dates a person enters', `${EARLIEST_DATE} to ${LATEST_DATE}`],
    ['money amounts', `± ${oreToDecimalString(MAX_AMOUNT_ORE)} kr`],
    ['login and setup requests per client address', `${config.authRateLimitPerMinute} per minute`],
  ])('%s: %s', (limit, value) => {
    expect(table.get(limit), `row "${limit}"`).toContain(value);
  });
});

describe('docs/operations.md states the login limits as core declares them', () => {
  const text = readFileSync(new URL('../../../docs/operations.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## Login limits'), text.indexOf('\n## ', text.indexOf('## Login limits') + 1));
  it.each([
    `${LOGIN_LIMITS.MAX_FAILURES_PER_SOURCE} failed logins on one account from one address within ${LOGIN_LIMITS.WINDOW_MINUTES} minutes`,
    `from the ${LOGIN_LIMITS.SLOWDOWN_AFTER_FAILURES}th failed login on the account within ${LOGIN_LIMITS.WINDOW_MINUTES} minutes`,
    `at most ${LOGIN_LIMITS.SLOWDOWN_MAX_SECONDS} s`,
  ])('says %j', (phrase) => {
    expect(section).toContain(phrase);
  });
});

describe('docs/operations.md states the password reset limits as core declares them', () => {
  const text = readFileSync(new URL('../../../docs/operations.md', import.meta.url), 'utf8');
  const start = text.indexOf('## Forgotten password');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  it.each([
    `works for **${PASSWORD_RESET_LIMITS.LINK_MINUTES} minutes**`,
    `${PASSWORD_RESET_LIMITS.MAX_PER_ADDRESS} requests for one address within ${PASSWORD_RESET_LIMITS.WINDOW_MINUTES} minutes`,
    `${PASSWORD_RESET_LIMITS.MAX_PER_SOURCE} requests from one address within ${PASSWORD_RESET_LIMITS.WINDOW_MINUTES} minutes`,
  ])('says %j', (phrase) => {
    expect(section).toContain(phrase);
  });
});
