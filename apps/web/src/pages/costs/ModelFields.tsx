import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import {
  type CostProjectForm,
  exampleJson,
  JSON_MODEL_KINDS,
  jsonForKind,
  MODEL_KINDS,
  type ModelKind,
} from './costProjectForm.ts';

type Props = {
  form: CostProjectForm;
  change: (patch: Partial<CostProjectForm>) => void;
  /** The message at one JSON path (`$.model.rate`). */
  errorFor: (path: string) => string | undefined;
  /** Every message at or below a JSON path (`$.model`), for a model written as JSON. */
  errorsUnder: (path: string) => string | undefined;
};

/** How the project is priced: the kind, and its rate and knækrabat — or, for buffet and shares, the model as JSON. */
export function ModelFields({ form, change, errorFor, errorsUnder }: Props) {
  const { t } = useTranslation();
  const json = JSON_MODEL_KINDS.includes(form.modelKind);
  return (
    <fieldset className="mt-5">
      <legend className="h3">{t('costs.form.modelHeading')}</legend>
      <SelectField
        id="cost-model-kind"
        label={t('costs.form.modelKind')}
        value={form.modelKind}
        onChange={(e) => {
          const kind = e.target.value as ModelKind;
          change({ modelKind: kind, modelJson: jsonForKind(form.modelJson, kind) });
        }}
        options={MODEL_KINDS.map((k) => ({ value: k, label: t(`costs.modelKinds.${k}`) }))}
        hint={t(`costs.form.modelKindHints.${form.modelKind}`)}
      />
      {form.modelKind === 'per_inhabitant' || form.modelKind === 'fee_per_inhabitant' ? (
        <TextField
          id="cost-model-rate"
          label={t(form.modelKind === 'per_inhabitant' ? 'costs.form.rate' : 'costs.form.feeRate')}
          hint={t('costs.form.rateHint')}
          inputMode="decimal"
          autoComplete="off"
          value={form.rate}
          onChange={(e) => change({ rate: e.target.value })}
          error={errorFor('$.model.rate')}
        />
      ) : null}
      {form.modelKind === 'per_inhabitant' ? (
        <>
          <CheckboxField
            id="cost-model-kink"
            label={t('costs.form.kink')}
            hint={t('costs.form.kinkHint')}
            checked={form.kink}
            onChange={(e) => change({ kink: e.target.checked })}
          />
          {form.kink ? (
            <>
              <TextField
                id="cost-model-kink-threshold"
                label={t('costs.form.kinkThreshold')}
                inputMode="numeric"
                autoComplete="off"
                value={form.kinkThreshold}
                onChange={(e) => change({ kinkThreshold: e.target.value })}
                error={errorFor('$.model.kink.threshold') ?? errorFor('$.model.kink')}
              />
              <TextField
                id="cost-model-kink-factor"
                label={t('costs.form.kinkFactor')}
                hint={t('costs.form.kinkFactorHint')}
                inputMode="decimal"
                autoComplete="off"
                value={form.kinkFactor}
                onChange={(e) => change({ kinkFactor: e.target.value })}
                error={errorFor('$.model.kink.factor')}
              />
            </>
          ) : null}
        </>
      ) : null}
      {json ? (
        <>
          <TextAreaField
            id="cost-model-json"
            label={t('costs.form.modelJson')}
            hint={t('costs.form.modelJsonHint')}
            rows={14}
            spellCheck={false}
            value={form.modelJson}
            onChange={(e) => change({ modelJson: e.target.value })}
            error={errorsUnder('$.model')}
          />
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => change({ modelJson: exampleJson(form.modelKind) })}
          >
            {t('costs.form.insertExample')}
          </button>
          <ModelFormatHelp />
        </>
      ) : null}
    </fieldset>
  );
}

/** The JSON format of the models in short, with an example of each kind (docs/cost-sharing.md has it in full). */
export function ModelFormatHelp() {
  const { t } = useTranslation();
  return (
    <details className="mt-3 mb-5">
      <summary>{t('costs.form.formatHelp')}</summary>
      <p>{t('costs.form.formatIntro')}</p>
      <ul>
        {MODEL_KINDS.map((k) => (
          <li key={k}>
            <span className="weight-semibold">{t(`costs.modelKinds.${k}`)}</span>: {t(`costs.form.formatKinds.${k}`)}
            <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <code>{JSON.stringify(JSON.parse(exampleJson(k)))}</code>
            </pre>
          </li>
        ))}
      </ul>
      <p>{t('costs.form.formatDocs')}</p>
    </details>
  );
}
