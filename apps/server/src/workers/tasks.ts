import type * as Api from '@overblik/api';
import {
  type CostProjectDescription,
  CostProjectError,
  type CostProjectProblem,
  costProjectOf,
  type EInvoice,
  type ProjectPlan,
  planProject,
} from '@overblik/core';
import { EInvoiceError, type EInvoiceErrorCode, parseEInvoice } from '@overblik/ubl';
import { extractText as extractDocumentText } from '../documents/extract-text.js';
import { packSheets, csvSheet as parseCsvSheet, xlsxSheets as parseXlsxSheets } from '../spreadsheet/parse-sheets.js';
import { type PackedSheetData, writePacked } from '../spreadsheet/write-table.js';
import { minutesPdf as renderMinutesPdf } from '../usecases/meetings/minutes-document.js';

/**
 * The functions the worker threads run (workers/pool.ts names them), each with one argument of plain data. A
 * problem with the input is part of the result, never a thrown error of a class of ours (classes do not cross
 * the thread boundary).
 */
export const extractText = (input: { bytes: Uint8Array; fileName: string; mediaType: string | null }) =>
  extractDocumentText(input.bytes, input.fileName, input.mediaType);

/** Spreadsheets come back packed (parse-sheets.ts, `packSheets`), for the request thread to unpack between requests. */
export const xlsxSheets = async (input: { bytes: Uint8Array }) => packSheets(await parseXlsxSheets(input.bytes));

export const csvSheet = async (input: { bytes: Uint8Array; sheet: string; delimiter: ';' | ',' }) =>
  packSheets(parseCsvSheet(input.bytes, input.sheet, input.delimiter));

/** An e-invoice parsed and checked for well-formedness (every file of a batch in turn, off the request thread). */
export const parseInvoice = (input: {
  bytes: Uint8Array;
  maxBytes: number;
}): { invoice: EInvoice } | { refused: { code: EInvoiceErrorCode; line: number | null; detail: string } } => {
  try {
    return { invoice: parseEInvoice(input.bytes, { maxBytes: input.maxBytes }) };
  } catch (error) {
    if (error instanceof EInvoiceError) return { refused: { code: error.code, line: error.line, detail: error.detail } };
    throw error;
  }
};

/**
 * A stored cost-sharing project's description (checked when it was saved) converted to exact values and planned;
 * with `problemsOnly`, only whether it can be planned (the plan, with every invoice's Danish text, stays here).
 * The text of each invoice is written as the plan is copied to the request thread.
 */
export const planCostProject = (input: {
  description: CostProjectDescription;
  problemsOnly: boolean;
}): { plan: ProjectPlan | null; problems: CostProjectProblem[] } => {
  try {
    const plan = planProject(costProjectOf(input.description));
    return { plan: input.problemsOnly ? null : plan, problems: [] };
  } catch (error) {
    if (error instanceof CostProjectError) return { plan: null, problems: error.problems };
    throw error;
  }
};

/** A spreadsheet file (.xlsx or CSV) written from rows packed on the request thread (write-table.ts). */
export const writeSpreadsheet = (input: { format: 'xlsx' | 'csv'; sheets: PackedSheetData[] }) =>
  writePacked(input.format, input.sheets);

/** Approved minutes as a PDF (pdfmake lays out and embeds the fonts: a few hundred milliseconds for a long meeting). */
export const minutesPdf = (input: { meeting: Api.Meeting; organisationName: string }): Promise<Uint8Array> =>
  renderMinutesPdf(input.meeting, input.organisationName);
