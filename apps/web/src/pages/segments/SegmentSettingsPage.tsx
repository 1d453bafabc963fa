import type { SegmentKey, SegmentSettings, UpdateSegmentSettingsRequest } from '@overblik/api';
import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_RECURRENCES,
  type FollowUpKind,
  type FollowUpRecurrence,
  SEGMENT_AXES,
  SEGMENT_FACTOR_NAMES,
  SEGMENT_FACTORS,
  SEGMENTS,
} from '@overblik/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { segmentSettingsQuery, segmentsKey, updateSegmentSettings } from '../../api/segments.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';

/** The segmentation's settings (administrators): weights, limits, the segments' names and the follow-up regime. */
export function SegmentSettingsPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const settings = useQuery({ ...segmentSettingsQuery(id ?? ''), enabled: id !== null });
  const back = <BackLink to="/leverandoerstyring/segmentering">{t('segments.title')}</BackLink>;
  const heading = <PageHeading title={t('segments.settings.title')}>{t('segments.settings.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {back}
        {heading}
        <NoOrganisation />
      </>
    );
  if (!current.canAdminister)
    return (
      <>
        {back}
        {heading}
        <NoAccess />
      </>
    );
  return (
    <>
      {back}
      {heading}
      <p className="font-lead">{t('segments.settings.intro')}</p>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {settings.isSuccess ? (
        <SettingsForm key={JSON.stringify(settings.data)} organisationId={id} settings={settings.data} />
      ) : null}
    </>
  );
}

type Regime = Record<SegmentKey, Partial<Record<FollowUpKind, FollowUpRecurrence>>>;

function SettingsForm({ organisationId, settings }: { organisationId: string; settings: SegmentSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const types = useOptionList(organisationId, 'activity_type');
  const [weights, setWeights] = useState(() =>
    Object.fromEntries(SEGMENT_FACTOR_NAMES.map((f) => [f, String(settings.weights[f])])),
  );
  const [fullSpend, setFullSpend] = useState(settings.fullSpend);
  const [manyContracts, setManyContracts] = useState(String(settings.manyContracts));
  const [highFrom, setHighFrom] = useState(String(settings.highFrom));
  const [labels, setLabels] = useState<Record<SegmentKey, string>>(settings.segmentLabels);
  const [placeContracts, setPlaceContracts] = useState(settings.placeContracts);
  const [regime, setRegime] = useState<Regime>(
    () =>
      Object.fromEntries(
        SEGMENTS.map((s) => [s, Object.fromEntries(settings.regime[s].map((f) => [f.kind, f.recurrence]))]),
      ) as Regime,
  );
  const save = useMutation({
    mutationFn: () => {
      const body: UpdateSegmentSettingsRequest = {
        weights: Object.fromEntries(SEGMENT_FACTOR_NAMES.map((f) => [f, Number(weights[f])])),
        fullSpend: fullSpend.trim().replace(',', '.'),
        manyContracts: Number(manyContracts),
        highFrom: Number(highFrom),
        // A name equal to the default (in the reader's language) is no name of the organisation's own.
        segmentLabels: Object.fromEntries(
          SEGMENTS.map((s) => {
            const name = labels[s].trim();
            return [s, name === '' || name === t(`segments.labels.${s}`) ? null : name];
          }),
        ),
        regime: Object.fromEntries(
          SEGMENTS.map((s) => [
            s,
            FOLLOW_UP_KINDS.flatMap((kind) => {
              const recurrence = regime[s][kind];
              return recurrence ? [{ kind, recurrence }] : [];
            }),
          ]),
        ),
        placeContracts,
      };
      return updateSegmentSettings(organisationId, body);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: segmentsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
      ]),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => fieldError(save.error, field);
  const recurrenceOptions = [
    { value: '', label: t('contracts.noValue') },
    ...FOLLOW_UP_RECURRENCES.map((r) => ({ value: r, label: t(`activities.recurrences.${r}`) })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate>
      {save.isSuccess ? <Alert variant="success" heading={t('segments.settings.saved')} /> : null}
      <ErrorAlert error={save.error} />
      <h2 className="h3">{t('segments.settings.weightsHeading')}</h2>
      {SEGMENT_AXES.map((axis) => (
        <fieldset key={axis} className="mb-5">
          <legend className="h4">{t(`segments.axes.${axis}`)}</legend>
          <div className="list-filters">
            {SEGMENT_FACTOR_NAMES.filter((f) => SEGMENT_FACTORS[f].axis === axis).map((f) => (
              <TextField
                key={f}
                id={`weight-${f}`}
                label={t(`segments.factors.${f}`)}
                inputMode="numeric"
                value={weights[f] ?? ''}
                onChange={(e) => setWeights((w) => ({ ...w, [f]: e.target.value }))}
                error={err(`weights/${f}`)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <h2 className="h3">{t('segments.settings.limitsHeading')}</h2>
      <div className="list-filters">
        <TextField
          id="segment-full-spend"
          label={t('segments.settings.fullSpend')}
          inputMode="decimal"
          value={fullSpend}
          onChange={(e) => setFullSpend(e.target.value)}
          error={err('fullSpend')}
        />
        <TextField
          id="segment-many-contracts"
          label={t('segments.settings.manyContracts')}
          inputMode="numeric"
          value={manyContracts}
          onChange={(e) => setManyContracts(e.target.value)}
          error={err('manyContracts')}
        />
        <TextField
          id="segment-high-from"
          label={t('segments.settings.highFrom')}
          inputMode="numeric"
          value={highFrom}
          onChange={(e) => setHighFrom(e.target.value)}
          error={err('highFrom')}
        />
      </div>
      <CheckboxField
        id="segment-place-contracts"
        label={t('segments.settings.placeContracts')}
        checked={placeContracts}
        onChange={(e) => setPlaceContracts(e.target.checked)}
      />
      <h2 className="h3">{t('segments.settings.labelsHeading')}</h2>
      <div className="list-filters">
        {SEGMENTS.map((s) => (
          <TextField
            key={s}
            id={`segment-label-${s}`}
            label={t(`segments.labels.${s}`)}
            hint={t('segments.settings.labelHint', { default: t(`segments.labels.${s}`) })}
            value={labels[s]}
            onChange={(e) => setLabels((l) => ({ ...l, [s]: e.target.value }))}
            error={err(`segmentLabels/${s}`)}
          />
        ))}
      </div>
      <h2 className="h3">{t('segments.settings.regimeHeading')}</h2>
      {SEGMENTS.map((s) => (
        <fieldset key={s} className="mb-5">
          <legend className="h4">
            {t('segments.settings.regimeLegend', { segment: labels[s] || t(`segments.labels.${s}`) })}
          </legend>
          <div className="list-filters">
            {FOLLOW_UP_KINDS.map((kind) => (
              <SelectField
                key={kind}
                id={`regime-${s}-${kind}`}
                label={t('segments.settings.recurrenceOf', { kind: optionLabel(types, kind) })}
                value={regime[s][kind] ?? ''}
                onChange={(e) => {
                  const value = FOLLOW_UP_RECURRENCES.find((r) => r === e.target.value);
                  setRegime((r) => ({ ...r, [s]: { ...r[s], [kind]: value } }));
                }}
                options={recurrenceOptions}
                error={err(`regime/${s}`)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
        {t('segments.settings.save')}
      </button>
    </form>
  );
}
