import type { SegmentKey, SupplierSegmentation } from '@overblik/api';
import { SEGMENTS } from '@overblik/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { confirmSegment, removeSegmentPlacement, segmentsKey, supplierSegmentationQuery } from '../../api/segments.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { ContractSegmentsTable } from './ContractSegmentsTable.tsx';
import { FactorReasonsTable } from './FactorReasonsTable.tsx';

type Props = { organisationId: string; supplierId: string; canWrite: boolean };

/**
 * "Segment" on a supplier's page: where it is placed (by whom, when, why), what the product proposes now and why,
 * the follow-up its segment asks for, and the form to confirm the proposal or choose another segment with a reason.
 */
export function SupplierSegmentSection({ organisationId, supplierId, canWrite }: Props) {
  const { t } = useTranslation();
  const query = useQuery(supplierSegmentationQuery(organisationId, supplierId));
  return (
    <section aria-labelledby="supplier-segment-heading" className="mt-7">
      <h2 id="supplier-segment-heading">{t('segments.section.heading')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess ? <SegmentBody organisationId={organisationId} data={query.data} canWrite={canWrite} /> : null}
    </section>
  );
}

function SegmentBody({
  organisationId,
  data,
  canWrite,
}: {
  organisationId: string;
  data: SupplierSegmentation;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (segment: SegmentKey) => data.segmentLabels[segment];
  const placement = data.placement;
  const proposal = data.proposal;
  return (
    <>
      {placement ? (
        <dl className="summary-list">
          <dt>{t('segments.columns.segment')}</dt>
          <dd>
            <strong>{label(placement.segment)}</strong>
            {placement.overridden ? <span className="ml-3 form-hint">{t('segments.overridden')}</span> : null}
          </dd>
          <dt>{t('segments.columns.confirmed')}</dt>
          <dd>
            {t('segments.section.placedBy', { name: placement.confirmedBy, date: format.day(placement.confirmedOn) })}
            <br />
            {t('segments.section.scores', { importance: placement.importance, supplyRisk: placement.supplyRisk })}
          </dd>
          {placement.reason ? (
            <>
              <dt>{t('segments.section.reason')}</dt>
              <dd className="notes">{placement.reason}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t('segments.section.notPlaced')}</p>
      )}
      {placement && data.differs ? (
        <Alert variant="warning" live={false}>
          {t('segments.section.differs', { proposal: label(proposal.segment), segment: label(placement.segment) })}
        </Alert>
      ) : null}
      <h3>{t('segments.section.proposalHeading', { segment: label(proposal.segment) })}</h3>
      <FactorReasonsTable
        caption={t('segments.section.reasonsCaption', { segment: label(proposal.segment) })}
        factors={proposal.factors}
      />
      <FollowUps organisationId={organisationId} data={data} />
      {canWrite ? <ConfirmSegmentForm key={data.supplierId} organisationId={organisationId} data={data} /> : null}
      {data.contracts.length > 0 ? (
        <ContractSegmentsTable organisationId={organisationId} data={data} canWrite={canWrite} />
      ) : null}
    </>
  );
}

function FollowUps({ organisationId, data }: { organisationId: string; data: SupplierSegmentation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useOptionList(organisationId, 'activity_type');
  if (!data.placement) return null;
  return (
    <>
      <h3>{t('segments.section.followUpsHeading')}</h3>
      {data.followUps.length === 0 ? (
        <p>{t('segments.section.followUpsNone')}</p>
      ) : (
        <ul>
          {data.followUps.map((f) => (
            <li key={f.activityId}>
              {t('segments.section.followUp', {
                kind: optionLabel(types, f.kind),
                recurrence: t(`activities.recurrences.${f.recurrence}`).toLocaleLowerCase(),
                date: format.longDay(f.dueOn),
              })}
            </li>
          ))}
        </ul>
      )}
      {data.followUps.length > 0 ? (
        <p>
          <Link to="/frister" search={{ supplierId: data.supplierId }}>
            {t('segments.section.followUpsLink')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

function ConfirmSegmentForm({ organisationId, data }: { organisationId: string; data: SupplierSegmentation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [segment, setSegment] = useState<SegmentKey>(data.placement?.segment ?? data.proposal.segment);
  const [reason, setReason] = useState(data.placement?.reason ?? '');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: segmentsKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  const save = useMutation({
    mutationFn: () => confirmSegment(organisationId, data.supplierId, { segment, reason: reason.trim() || null }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: () => removeSegmentPlacement(organisationId, data.supplierId), onSuccess: refresh });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  const options = SEGMENTS.map((s) => ({
    value: s,
    label:
      s === data.proposal.segment ? t('segments.section.proposed', { segment: data.segmentLabels[s] }) : data.segmentLabels[s],
  }));
  return (
    <section aria-labelledby="confirm-segment-heading" className="mt-6">
      <h3 id="confirm-segment-heading">{t('segments.section.confirmHeading')}</h3>
      {save.isSuccess ? <Alert variant="success" heading={t('segments.section.confirmed')} /> : null}
      <ErrorAlert error={save.error ?? remove.error} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          name="segment"
          legend={t('segments.section.segmentLegend')}
          options={options}
          value={segment}
          onChange={(value) => setSegment(SEGMENTS.find((s) => s === value) ?? segment)}
          error={fieldError(save.error, 'segment')}
        />
        <TextAreaField
          id="segment-reason"
          label={t('segments.section.reasonLabel')}
          hint={t('segments.section.reasonHint')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError(save.error, 'reason')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
          {t('segments.section.confirm')}
        </button>
      </form>
      {data.placement ? (
        <div className="mt-5">
          <ConfirmAction
            label={t('segments.section.remove')}
            question={t('segments.section.removeConfirm')}
            confirmLabel={t('segments.section.remove')}
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
          />
        </div>
      ) : null}
    </section>
  );
}
