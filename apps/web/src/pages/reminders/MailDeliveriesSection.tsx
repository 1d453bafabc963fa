import type { MailDelivery } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailDeliveriesQuery } from '../../api/reminders.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { MailDeliveryRow } from './MailDeliveryRow.tsx';
import { MAIL_STATUSES } from './MailStatusTag.tsx';

type Status = MailDelivery['status'];
const PAGE_SIZE = 50;
const HEADINGS = ['recipient', 'subject', 'status', 'attempts', 'lastError', 'createdAt'] as const;

/** "E-mails": the reminder e-mails queued, sent and failed, newest first; a failed one can be tried again. */
export function MailDeliveriesSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const list = useQuery(mailDeliveriesQuery(organisationId, { ...(status ? { status } : {}), limit: PAGE_SIZE, offset }));
  return (
    <section aria-labelledby="mail-deliveries-heading" className="mt-7">
      <h2 id="mail-deliveries-heading">{t('reminders.mails.heading')}</h2>
      <p>{t('reminders.mails.intro')}</p>
      <SelectField
        id="mail-status-filter"
        label={t('reminders.mails.statusFilter')}
        value={status ?? ''}
        onChange={(e) => {
          setStatus(MAIL_STATUSES.find((s) => s === e.target.value));
          setOffset(0);
        }}
        options={[
          { value: '', label: t('reminders.mails.anyStatus') },
          ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`reminders.mails.statuses.${s}`) })),
        ]}
      />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <p className="form-hint" role="status">
          {list.data.total === 0
            ? t('reminders.mails.none')
            : t('reminders.mails.count', { count: list.data.total, n: format.number(list.data.total) })}
        </p>
      ) : null}
      {list.isSuccess && list.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('reminders.mails.caption')}</caption>
            <thead>
              <tr>
                {HEADINGS.map((h) => (
                  <th key={h} scope="col">
                    {t(`reminders.mails.columns.${h}`)}
                  </th>
                ))}
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((m) => (
                <MailDeliveryRow key={m.id} organisationId={organisationId} mail={m} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {list.isSuccess ? (
        <Pager
          label={t('reminders.mails.pagesLabel')}
          offset={offset}
          limit={PAGE_SIZE}
          total={list.data.total}
          onChange={setOffset}
        />
      ) : null}
    </section>
  );
}
