import type * as Api from '@overblik/api';
import { minutesMailKey, minutesRecipients, safeFileName } from '@overblik/core';
import { getOrganisation, listSupplierContacts, type MeetingRow, queueMailOnce, updateAudited } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { runTask } from '../../workers/pool.js';
import { requireOrganisation, signatureOf } from '../authorize.js';
import { insertDocument, prepareUpload } from '../documents/documents.js';
import { resolveDecidedEscalations } from '../escalations/escalations.js';
import type { AttachmentRef } from '../reminders/mail-attachments.js';
import { getMeeting, meetingOrThrow, presentMeeting, syncMeetingActivity } from './meetings.js';
import { minutesText } from './minutes-document.js';

/**
 * "Godkend referat": locks the minutes (audited), keeps them as a PDF document of the supplier, and mails them
 * once to each recipient through the outbox — the text in the body, the PDF attached by reference to the stored
 * document version. The dedupe key per meeting and address means a second approval, a retry or a second
 * instance queues nothing twice. A meeting already approved is answered as it is.
 */
export async function approveMinutes(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.ApproveMinutesRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  const before = await meetingOrThrow(deps.db, organisationId, meetingId);
  if (before.status === 'approved') return getMeeting(deps, caller, organisationId, meetingId);
  const organisationName = (await getOrganisation(deps.db, organisationId))?.name ?? '';
  const approvedAt = deps.clock.now().toISOString();
  const approvedByName = signatureOf(caller);
  // The minutes as they will be approved: the meeting as it is now, with the approval stamped on it.
  const draft = {
    ...(await presentMeeting(deps.db, organisationId, before)),
    status: 'approved' as const,
    approvedAt,
    approvedByName,
  };
  // pdfmake takes a few hundred milliseconds for a long meeting: in a worker thread, off the request thread.
  const pdf = Buffer.from(await runTask('minutesPdf', { meeting: draft, organisationName }));
  const fileName = safeFileName(`Referat ${draft.title} ${draft.heldOn}.pdf`, 'referat.pdf');
  const prepared = draft.supplierId ? await prepareUpload(deps, { bytes: pdf, fileName, mediaType: 'application/pdf' }) : null;
  const queued = await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    if (meeting.status === 'approved') return 0;
    const stored =
      prepared && meeting.supplierId
        ? await insertDocument(trx, caller, organisationId, { supplierId: meeting.supplierId }, prepared, {
            title: `Referat: ${meeting.title} (${meeting.heldOn})`,
            kind: 'signed_original',
          })
        : null;
    const approved = await updateAudited(
      trx,
      caller.audit,
      'meetings',
      { id: meetingId, organisationId },
      { status: 'approved', approvedAt, approvedByName, minutesDocumentId: stored?.documentId ?? null },
    );
    await syncMeetingActivity(trx, caller, approved as MeetingRow, deps.clock.today());
    await resolveDecidedEscalations(trx, caller, draft, deps.clock.today());
    const contacts = meeting.supplierId ? await listSupplierContacts(trx, organisationId, meeting.supplierId) : [];
    const recipients = minutesRecipients(draft.participants, contacts, input.recipients ?? 'participants');
    const attachments: AttachmentRef[] = stored ? [stored] : [];
    const body = minutesText(draft, organisationName, attachments.length > 0);
    let count = 0;
    for (const r of recipients) {
      const id = await queueMailOnce(
        trx,
        {
          organisationId,
          dedupeKey: minutesMailKey(meetingId, r.email),
          recipient: r.email,
          subject: `Referat: ${meeting.title} (${meeting.heldOn})`,
          body,
          late: 0,
          attachments: attachments.length > 0 ? JSON.stringify(attachments) : null,
        },
        approvedAt,
      );
      if (id) count += 1;
    }
    return count;
  });
  if (queued > 0) deps.mailQueued?.();
  return getMeeting(deps, caller, organisationId, meetingId);
}
