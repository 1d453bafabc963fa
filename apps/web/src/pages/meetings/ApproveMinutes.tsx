import type { Meeting } from '@overblik/api';
import type { MinutesRecipients } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveMinutes } from '../../api/meetings.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { MinutesDocumentLink } from './MinutesDocumentLink.tsx';
import { useMeetingChange } from './useMeetingChange.ts';

type Props = { organisationId: string; meeting: Meeting; canWrite: boolean };

/** "Godkend referat": locks the minutes and mails them once, as text and PDF; then the mails' status. */
export function ApproveMinutes({ organisationId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [recipients, setRecipients] = useState<MinutesRecipients>('participants');
  const approve = useMeetingChange(organisationId, meeting.id, () => approveMinutes(organisationId, meeting.id, { recipients }));
  return (
    <section aria-labelledby="meeting-approve-heading" className="mt-7">
      <h2 id="meeting-approve-heading">{t('meetings.approve.heading')}</h2>
      {meeting.status !== 'approved' ? (
        canWrite ? (
          <>
            <p>{t('meetings.approve.intro')}</p>
            <RadioGroup
              name="minutes-recipients"
              legend={t('meetings.approve.recipients')}
              value={recipients}
              onChange={(v) => setRecipients(v as MinutesRecipients)}
              options={[
                { value: 'participants', label: t('meetings.approve.participants') },
                { value: 'all_contacts', label: t('meetings.approve.allContacts') },
              ]}
            />
            <ConfirmAction
              label={t('meetings.approve.submit')}
              question={t('meetings.approve.question')}
              confirmLabel={t('meetings.approve.confirm')}
              pending={approve.isPending}
              onConfirm={() => approve.mutate(undefined)}
            />
            <ErrorAlert error={approve.error} />
          </>
        ) : (
          <p>{t('meetings.approve.notYet')}</p>
        )
      ) : null}
      {meeting.minutesDocumentId && meeting.supplierId ? (
        <MinutesDocumentLink
          organisationId={organisationId}
          supplierId={meeting.supplierId}
          documentId={meeting.minutesDocumentId}
        />
      ) : null}
      {meeting.status !== 'approved' ? null : meeting.mails.length === 0 ? (
        <p>{t('meetings.approve.noMails')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption>{t('meetings.approve.mailsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.approve.recipient')}</th>
                <th scope="col">{t('meetings.approve.mailStatus')}</th>
                <th scope="col">{t('meetings.approve.sentAt')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.mails.map((m) => (
                <tr key={m.id}>
                  <td>{m.recipient}</td>
                  <td>{t(`meetings.approve.mailStatuses.${m.status}`)}</td>
                  <td>{m.sentAt ? format.dateTime(m.sentAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
