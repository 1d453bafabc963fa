import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const shared: Options = { allErrors: true, strict: false, useDefaults: true, removeAdditional: false };

/**
 * Bodies are validated as sent: no type coercion and no silent removal of unknown fields, so a
 * wrong type or an unknown field is a 400 naming it. Query strings and path parameters arrive as
 * text and are coerced to the schema's types.
 */
export function registerValidators(app: FastifyInstance) {
  const body = addFormats.default(new Ajv({ ...shared, coerceTypes: false }));
  const params = addFormats.default(new Ajv({ ...shared, coerceTypes: 'array' }));
  // Uploaded files are documented as `format: binary` and arrive as buffers, not strings.
  body.addFormat('binary', true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? body : params).compile(schema));
}
