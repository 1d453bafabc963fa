import type { Problem } from '@overblik/api';
import { i18n } from '../i18n/i18n.ts';

/** An error answer from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }

  /** The message for one field (JSON pointer such as `/email`), if the server reported one. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === `/${field}`)?.message;
  }
}

let csrfToken: string | null = null;

/** Remembered from the `Me` answer; sent on every cookie-authenticated write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

function localProblem(status: number, code: string): Problem {
  const da = i18n.getFixedT('da')(`errors.${code}`);
  const en = i18n.getFixedT('en')(`errors.${code}`);
  return { type: 'about:blank', title: i18n.t(`errors.${code}`), status, code, messages: { da, en } };
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

export function apiUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** A file sent as the request body itself (not multipart), with its content type. */
export type Upload = { file: Blob; contentType: string };

type Payload = { json: unknown } | { upload: Upload };

function bodyOf(payload: Payload | undefined): { contentType: string; body: BodyInit } | undefined {
  if (payload === undefined) return undefined;
  if ('upload' in payload) return { contentType: payload.upload.contentType, body: payload.upload.file };
  return { contentType: 'application/json', body: JSON.stringify(payload.json) };
}

async function request<T>(method: Method, path: string, payload?: Payload, query?: QueryParams): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': i18n.language === 'en' ? 'en' : 'da',
  };
  const sent = bodyOf(payload);
  if (sent) headers['content-type'] = sent.contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(sent ? { body: sent.body } : {}),
    });
  } catch {
    throw new ApiError(localProblem(0, 'network_error'));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    throw new ApiError(isProblem(parsed) ? { ...parsed, status: response.status } : localProblem(response.status, 'unexpected'));
  }
  return parsed as T;
}

/** The one way the web app calls the API. */
export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { json: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { json: body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { json: body }),
  delete: (path: string) => request<void>('DELETE', path),
  /** POSTs a file as the body (e.g. a spreadsheet to import); downloads are plain links to `apiUrl(…)`. */
  upload: <T>(path: string, upload: Upload, query?: QueryParams) => request<T>('POST', path, { upload }, query),
};

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}
