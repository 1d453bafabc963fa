import type { FastifyReply } from 'fastify';

/** A file for download: its bytes, media type and the name it is saved under. */
export type FileDownload = { bytes: Buffer; contentType: string; fileName: string };

/** Sends a generated file as a download with its (Danish) file name. */
export function sendFile(reply: FastifyReply, file: FileDownload) {
  return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
}
