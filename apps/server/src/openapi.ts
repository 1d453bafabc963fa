import type { ServerConfig } from './config.js';

export function openApiDocument(config: ServerConfig) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Overblik API',
      version: '1',
      description:
        'Public API of Overblik: IT contract and supplier management for Danish municipalities and joint organisations. ' +
        'Authenticate with `Authorization: Bearer <API token>`, or with the session cookie from `POST /api/v1/auth/login` ' +
        '(then send the `csrfToken` from `GET /api/v1/me` as `x-csrf-token` on every write). Errors are ' +
        '`application/problem+json` with a stable `code`; `title` follows `Accept-Language` (da default, en).',
      license: { name: 'MPL-2.0' },
    },
    servers: [{ url: config.publicUrl }],
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http' as const, scheme: 'bearer', description: 'API token (ovb_…)' },
        cookieAuth: { type: 'apiKey' as const, in: 'cookie' as const, name: 'overblik_session' },
      },
    },
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
  };
}
