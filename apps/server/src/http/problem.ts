import type { Problem } from '@overblik/api';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../context.js';
import { AppError, type CellError, type FieldError } from '../errors/app-error.js';
import { ERRORS, type ErrorCode, FIELD_ERRORS, type FieldErrorCode } from '../errors/catalog.js';

export const PROBLEM_TYPE_BASE = 'https://overblik.dk/problemer/';

export function problemOf(
  code: ErrorCode,
  locale: Locale,
  fieldErrors: readonly FieldError[] = [],
  requestId?: string,
  cellErrors: readonly CellError[] = [],
): Problem {
  const [status, da, en] = ERRORS[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: locale === 'en' ? en : da,
    status,
    code,
    messages: { da, en },
    ...(fieldErrors.length > 0 && {
      errors: fieldErrors.map((e) => ({
        field: e.field,
        code: e.code,
        message: e.message ?? fieldMessage(e.code, locale),
      })),
    }),
    ...(cellErrors.length > 0 && { importErrors: cellErrors.map((e) => ({ ...e, message: cellMessage(e, locale) })) }),
    ...(requestId && { requestId }),
  };
}

export function fieldMessage(code: FieldErrorCode, locale: Locale): string {
  return FIELD_ERRORS[code][locale === 'en' ? 1 : 0];
}

/** A cell's problem in words; a message that names the cell's text (`{value}`) names it. */
export function cellMessage(error: CellError, locale: Locale): string {
  return fieldMessage(error.code, locale).replaceAll('{value}', error.value ?? '');
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  fieldErrors: readonly FieldError[] = [],
  cellErrors: readonly CellError[] = [],
) {
  const problem = problemOf(code, request.locale, fieldErrors, request.id, cellErrors);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

export type AjvError = { keyword: string; instancePath: string; params: Record<string, unknown> };

/** Translates schema-validation errors into field errors with JSON-pointer paths. */
export function fieldErrorsOf(validation: readonly AjvError[], context: string | undefined): FieldError[] {
  const prefix = context && context !== 'body' ? `/${context}` : '';
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const e of validation) {
    const extra =
      e.keyword === 'required'
        ? `/${String(e.params.missingProperty)}`
        : e.keyword === 'additionalProperties'
          ? `/${String(e.params.additionalProperty)}`
          : '';
    const field = `${prefix}${e.instancePath}${extra}` || '/';
    const code =
      e.keyword === 'x-amount'
        ? (e.params.problem as FieldErrorCode)
        : // An empty text where at least one character is wanted has not been filled in.
          e.keyword === 'minLength' && e.params.limit === 1
          ? 'required'
          : (FIELD_CODE_OF_KEYWORD[e.keyword] ?? 'invalid_value');
    // One error per field: the first is the most specific (a value that fails `Nullable(Decimal)` also fails
    // the null branch and the union itself, which would only repeat it).
    if (!seen.has(field)) errors.push({ field, code });
    seen.add(field);
  }
  return errors;
}

const FIELD_CODE_OF_KEYWORD: Record<string, FieldErrorCode> = {
  required: 'required',
  additionalProperties: 'unknown_field',
  type: 'wrong_type',
  format: 'invalid_format',
  formatMinimum: 'date_out_of_range',
  formatMaximum: 'date_out_of_range',
  pattern: 'invalid_format',
  minLength: 'too_short',
  maxLength: 'too_long',
  minimum: 'out_of_range',
  maximum: 'out_of_range',
  minProperties: 'empty',
  const: 'invalid_value',
  enum: 'invalid_value',
  anyOf: 'invalid_value',
};

/** One place where every failure becomes an `application/problem+json` response. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, request, error.code, error.fieldErrors, error.cellErrors);
    if (error.validation) {
      return sendProblem(
        reply,
        request,
        'validation_failed',
        fieldErrorsOf(error.validation as AjvError[], error.validationContext),
      );
    }
    const code = frameworkErrorCode(error);
    if (code) return sendProblem(reply, request, code);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'internal_error');
  });
}

function frameworkErrorCode(error: FastifyError): ErrorCode | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'malformed_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return 'unsupported_media_type';
    default:
      break;
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error instanceof SyntaxError && error.statusCode === 400) return 'malformed_json';
  return null;
}
