import { type AmountSign, amountProblem, kronerToOre } from '@overblik/core';
import { Ajv, type Options, type SchemaValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const shared: Options = { allErrors: true, strict: false, useDefaults: true, removeAdditional: false };

/** The validator of bodies (and of values inside them that a use case checks against a schema of their own). */
export const bodyValidator = addFormats.default(new Ajv({ ...shared, coerceTypes: false }));

/**
 * `x-amount` (packages/api `Amount`, `SignedAmount`): a money amount within the one declared maximum, and not
 * negative where the field says so; the error carries which (`amount_too_large`, `amount_negative`).
 */
const checkAmount: SchemaValidateFunction = (sign: AmountSign, data: unknown) => {
  if (typeof data !== 'string' || !/^-?\d+(\.\d+)?$/.test(data)) return true; // the pattern names a bad format
  const problem = amountProblem(kronerToOre(data), sign);
  if (problem === null) return true;
  checkAmount.errors = [{ keyword: 'x-amount', message: problem, params: { problem } }];
  return false;
};
bodyValidator.addKeyword({ keyword: 'x-amount', type: 'string', schemaType: 'string', errors: true, validate: checkAmount });

/**
 * Bodies are validated as sent: no type coercion and no silent removal of unknown fields, so a
 * wrong type or an unknown field is a 400 naming it. Query strings and path parameters arrive as
 * text and are coerced to the schema's types.
 */
export function registerValidators(app: FastifyInstance) {
  const params = addFormats.default(new Ajv({ ...shared, coerceTypes: 'array' }));
  // Uploaded files are documented as `format: binary` and arrive as buffers, not strings.
  if (!bodyValidator.formats.binary) bodyValidator.addFormat('binary', true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyValidator : params).compile(schema));
}
