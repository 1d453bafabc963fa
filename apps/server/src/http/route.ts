import { Problem } from '@overblik/api';
import type { FastifySchema } from 'fastify';
import type { TSchema } from 'typebox';
import type { ErrorCode } from '../errors/catalog.js';
import { ERRORS } from '../errors/catalog.js';

type FileResponse = { files: readonly string[]; description: string };

const binary = { type: 'string', format: 'binary' } as const;

type RouteDoc<B extends TSchema, Q extends TSchema, P extends TSchema> = {
  tags: string[];
  summary: string;
  description?: string;
  body?: B;
  /** A valid example body: documented in OpenAPI and used by the cross-organisation access test. */
  example?: unknown;
  querystring?: Q;
  /** A valid example query, needed where the query has required fields (used like `example`). */
  queryExample?: Record<string, string>;
  params?: P;
  /** The success status and its body schema (null for 204 No Content; `files` for a download). */
  success: [number, TSchema | null | FileResponse];
  /** The request is a file of one of these media types instead of JSON. */
  upload?: readonly string[];
  /** Every error this route can answer with besides the ones all routes share. */
  errors?: ErrorCode[];
  public?: boolean;
};

const COMMON_ERRORS: ErrorCode[] = ['internal_error'];
/** `token_read_only` answers any write with a read token (GET routes list it too: the schema does not know the method). */
const AUTHENTICATED_ERRORS: ErrorCode[] = ['unauthenticated', 'invalid_token', 'token_read_only'];
const WRITE_ERRORS: ErrorCode[] = ['csrf_invalid', 'validation_failed', 'malformed_json', 'payload_too_large'];

/** The Fastify schema of a route: validation, serialisation and its OpenAPI description in one. */
export function routeSchema<B extends TSchema = never, Q extends TSchema = never, P extends TSchema = never>(
  doc: RouteDoc<B, Q, P>,
): FastifySchema & { body: B; querystring: Q; params: P } {
  const codes = new Set<ErrorCode>([
    ...COMMON_ERRORS,
    ...(doc.public ? [] : AUTHENTICATED_ERRORS),
    ...(doc.body || doc.upload ? WRITE_ERRORS : []),
    ...(doc.querystring || doc.params ? (['validation_failed'] as const) : []),
    ...(doc.errors ?? []),
  ]);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERRORS[code][0], [...(byStatus.get(ERRORS[code][0]) ?? []), code]);
  const [status, schema] = doc.success;
  const response: Record<string, unknown> = {
    [status]:
      schema === null
        ? { type: 'null', description: 'No content' }
        : 'files' in schema
          ? {
              description: schema.description,
              content: Object.fromEntries(schema.files.map((type) => [type, { schema: binary }])),
            }
          : { ...schema, description: 'OK' },
  };
  for (const [errorStatus, errorCodes] of byStatus) {
    response[errorStatus] = {
      description: `Problem: ${errorCodes.sort().join(', ')}`,
      content: { 'application/problem+json': { schema: Problem } },
    };
  }
  return {
    tags: doc.tags,
    summary: doc.summary,
    ...(doc.description && { description: doc.description }),
    ...(doc.body && { body: doc.example === undefined ? doc.body : { ...doc.body, examples: [doc.example] } }),
    ...(doc.upload && {
      body: { content: Object.fromEntries(doc.upload.map((type) => [type, { schema: { format: 'binary' } }])) },
    }),
    ...(doc.querystring && {
      querystring: doc.queryExample ? { ...doc.querystring, examples: [doc.queryExample] } : doc.querystring,
    }),
    ...(doc.params && { params: doc.params }),
    ...(doc.public ? { security: [] } : {}),
    response,
  } as FastifySchema & { body: B; querystring: Q; params: P };
}
