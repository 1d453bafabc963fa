import { safeFileName } from '@overblik/core';
import type { FastifyReply } from 'fastify';

/** A file for download: its bytes, media type and the name it is saved under. */
export type FileDownload = { bytes: Buffer; contentType: string; fileName: string };

/** Sends a file (a generated one or a stored upload) as a download under its own name. */
export function sendFile(reply: FastifyReply, file: FileDownload) {
  return reply
    .type(file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

/**
 * The `Content-Disposition` of a download named `fileName` (RFC 6266): the name made safe (`safeFileName`: no
 * control or bidi characters, so no header injection, also for names stored before they were cleaned at
 * upload), `filename*` with the exact name in UTF-8 (Danish letters), `filename` an ASCII fallback.
 */
function attachmentDisposition(fileName: string): string {
  const name = safeFileName(fileName, 'download');
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // encodeURIComponent leaves ! ' ( ) * as they are; RFC 8187 allows only ! of them in a value.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
