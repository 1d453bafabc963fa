/** The public API's request and response schemas, shared by the server (validation, OpenAPI) and the web app (types). */
export * from './activities.js';
export * from './audit.js';
export * from './auth.js';
export * from './common.js';
export * from './contracts.js';
export * from './cost-sharing.js';
export * from './documents.js';
export * from './governance.js';
export * from './invoices.js';
export * from './members.js';
export * from './option-lists.js';
export * from './organisations.js';
export * from './preferences.js';
export * from './segments.js';
export * from './suppliers.js';
export * from './tokens.js';
export * from './values.js';
