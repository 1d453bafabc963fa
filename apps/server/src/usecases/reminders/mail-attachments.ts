import { documentVersionById, type Executor, type MailOutboxRow } from '@overblik/db';
import { FileStore } from '../../documents/file-store.js';
import type { MailAttachment } from './mailer.js';

/** What a queued mail's `attachments` column holds: stored document versions, by reference. */
export type AttachmentRef = { documentId: string; versionId: string };

/**
 * The files a queued mail carries, read from the document store as the mail is sent (the outbox keeps only the
 * reference). A version that is gone makes the attempt fail, and the mail is retried and, in the end, marked failed.
 */
export async function mailAttachments(db: Executor, filesDir: string, mail: MailOutboxRow): Promise<MailAttachment[]> {
  if (!mail.attachments || !mail.organisationId) return [];
  const store = new FileStore(filesDir);
  const out: MailAttachment[] = [];
  for (const ref of JSON.parse(mail.attachments) as AttachmentRef[]) {
    const version = await documentVersionById(db, mail.organisationId, ref.versionId);
    if (!version) throw new Error(`The attached document version ${ref.versionId} no longer exists`);
    out.push({ filename: version.fileName, content: await store.read(version.sha256), contentType: version.mediaType });
  }
  return out;
}
