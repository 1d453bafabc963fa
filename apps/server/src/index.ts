export { buildApp } from './app.js';
export { configFromEnv, type ServerConfig } from './config.js';
export { AppError } from './errors/app-error.js';
export { ERRORS, FIELD_ERRORS } from './errors/catalog.js';
export { operatorCaller } from './operator.js';
export { startServer } from './server.js';
export { issueSetupLink } from './usecases/auth/setup-links.js';
export {
  deadlinePreviewText,
  previewContractDeadlinesByNumber,
} from './usecases/contracts/deadline-preview.js';
export { exportContracts } from './usecases/contracts/export-contracts.js';
export { importContracts } from './usecases/contracts/import-contracts.js';
export { recomputeDeadlines } from './usecases/contracts/recompute-deadlines.js';
export { DEMO_ORGANISATION_NAME, seedDemo } from './usecases/demo/demo.js';
export { recheckOpenInvoices } from './usecases/invoices/decide-invoice.js';
export { NO_DECISIONS, runInvoiceCheck } from './usecases/invoices/invoice-check.js';
export { processInvoiceInbox } from './usecases/invoices/invoice-inbox.js';
export { organisationOfBuyer, type ReceivedFile, receiveInvoices } from './usecases/invoices/receive-invoices.js';
export { createMailer } from './usecases/reminders/mailer.js';
export { runReminders } from './usecases/reminders/run-reminders.js';
export { exportSuppliers } from './usecases/suppliers/export-suppliers.js';
export { importSuppliers } from './usecases/suppliers/import-suppliers.js';
export { ensureFirstAdministrator } from './usecases/users/bootstrap.js';
export { insertPerson } from './usecases/users/create-user.js';
