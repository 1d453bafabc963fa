import { MEETING_STATUSES, type MeetingStatus } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsExportUrl, meetingsQuery } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { useSupplierChoices } from '../contracts/useReferenceData.ts';
import { AgendaTemplateSection } from './AgendaTemplateSection.tsx';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { useMeetingStatusLabel } from './useMeetingLabels.ts';

/** "Møder": the organisation's status meetings with suppliers, newest first, with filters, export and a new meeting. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const heading = <PageHeading title={t('meetings.title')}>{t('meetings.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  return (
    <>
      {heading}
      <MeetingsList organisationId={id} />
    </>
  );
}

function MeetingsList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const statusLabel = useMeetingStatusLabel();
  const suppliers = useSupplierChoices(organisationId);
  const [supplierId, setSupplierId] = useState('');
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const list = useQuery(
    meetingsQuery(organisationId, { ...(supplierId && { supplierId }), ...(status && { status }), limit: 200 }),
  );
  const canWrite = may('write', organisationId);
  return (
    <>
      <p className="font-lead">{t('meetings.intro')}</p>
      <ExportLinks
        id="meetings-export-label"
        label={t('meetings.exportLabel')}
        links={[
          {
            href: meetingsExportUrl(organisationId, { format: 'xlsx', ...(supplierId && { supplierId }) }),
            label: t('meetings.exportXlsx'),
          },
          {
            href: meetingsExportUrl(organisationId, { format: 'csv', ...(supplierId && { supplierId }) }),
            label: t('meetings.exportCsv'),
          },
        ]}
      />
      <search className="filter-row" aria-label={t('meetings.filterLabel')}>
        <SelectField
          id="meetings-supplier-filter"
          label={t('meetings.fields.supplier')}
          value={supplierId}
          onChange={(e) => setSupplierId(e.target.value)}
          options={[{ value: '', label: t('meetings.anySupplier') }, ...suppliers]}
        />
        <SelectField
          id="meetings-status-filter"
          label={t('meetings.fields.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as MeetingStatus | '')}
          options={[
            { value: '', label: t('meetings.anyStatus') },
            ...MEETING_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
      </search>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        list.data.items.length === 0 ? (
          <p role="status">{t('meetings.none')}</p>
        ) : (
          <TableScroll>
            <table className="table table--compact">
              <caption className="sr-only">{t('meetings.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.fields.title')}</th>
                  <th scope="col">{t('meetings.fields.heldOn')}</th>
                  <th scope="col">{t('meetings.fields.supplier')}</th>
                  <th scope="col">{t('meetings.fields.forum')}</th>
                  <th scope="col">{t('meetings.fields.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to="/leverandoerstyring/moeder/$meetingId" params={{ meetingId: m.id }}>
                        {m.title}
                      </Link>
                    </td>
                    <td>
                      {format.day(m.heldOn)}
                      {m.startsAt ? ` ${m.startsAt}` : ''}
                    </td>
                    <td>{m.supplierName ?? '–'}</td>
                    <td>{m.forum ?? '–'}</td>
                    <td>{statusLabel(m.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
      {canWrite ? <CreateMeetingForm organisationId={organisationId} /> : null}
      {may('admin', organisationId) ? <AgendaTemplateSection organisationId={organisationId} /> : null}
    </>
  );
}
