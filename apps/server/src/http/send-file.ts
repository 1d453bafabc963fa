import type { FastifyReply } from 'fastify';
import type { FileDownload } from '../usecases/suppliers/export-suppliers.js';

/** Sends a generated file as a download with its (Danish) file name. */
export function sendFile(reply: FastifyReply, file: FileDownload) {
  return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
}
