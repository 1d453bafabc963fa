export { buildApp } from './app.js';
export { configFromEnv, type ServerConfig } from './config.js';
export { AppError } from './errors/app-error.js';
export { ERRORS } from './errors/catalog.js';
export { startServer } from './server.js';
export { issueSetupLink } from './usecases/auth/setup-links.js';
export { ensureFirstAdministrator } from './usecases/users/bootstrap.js';
export { insertPerson } from './usecases/users/create-user.js';
