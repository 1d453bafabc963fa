import type { CostProject, CostProjectInput } from '@overblik/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { costProjectsKey, createCostProject, municipalitiesQuery, updateCostProject } from '../../api/costs.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FieldErrors } from '../../lib/formInput.ts';
import { isUnder, type PathProblem, problemsOf } from './costData.ts';
import { emptyForm, exampleJson, type CostProjectForm as FormState, projectToForm, readForm } from './costProjectForm.ts';
import { MembersField } from './MembersField.tsx';
import { ModelFields } from './ModelFields.tsx';
import { ProblemsAlert } from './ProblemsAlert.tsx';

type Props = { organisationId: string; project?: CostProject | undefined };

const FORM_ERRORS_ID = 'cost-project-form-errors';

/**
 * A joint project, new or saved: its terms, pricing model, optional comparison model and members. Saving sends
 * the whole project; what the browser cannot read and what the server refuses are shown at their fields and,
 * with the place of each (`$.members[2].exitOn`), in a list above the form.
 */
export function CostProjectForm({ organisationId, project }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const municipalities = useQuery(municipalitiesQuery);
  const [form, setForm] = useState<FormState>(() => (project ? projectToForm(project) : emptyForm()));
  const [local, setLocal] = useState<FieldErrors>({});
  const change = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const save = useMutation({
    mutationFn: (body: CostProjectInput) =>
      project ? updateCostProject(organisationId, project.id, body) : createCostProject(organisationId, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...costProjectsKey(organisationId), saved.id], saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: costProjectsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      await navigate({ to: '/faellesprojekter/$projectId', params: { projectId: saved.id } });
    },
  });

  const server: PathProblem[] = save.error instanceof ApiError ? problemsOf(save.error.problem) : [];
  const localProblems: PathProblem[] = Object.entries(local).map(([path, message]) => ({ path, message }));
  const errorFor = (path: string) => local[path] ?? server.find((p) => p.path === path)?.message;
  const errorsUnder = (path: string) => {
    const messages = [...localProblems, ...server].filter((p) => isUnder(p.path, path)).map((p) => p.message);
    return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = readForm(form, t);
    setLocal(result.errors);
    if (result.input) save.mutate(result.input);
    else {
      save.reset();
      // The summary names every problem; focus moves there so it is read first.
      setTimeout(() => document.getElementById(FORM_ERRORS_ID)?.focus(), 0);
    }
  }

  const id = (field: string) => `cost-project-${field}`;
  return (
    <>
      <div id={FORM_ERRORS_ID} tabIndex={-1}>
        {localProblems.length > 0 ? (
          <ProblemsAlert variant="error" live heading={t('costs.form.fixErrors')} problems={localProblems} />
        ) : server.length > 0 && save.error instanceof ApiError ? (
          <ProblemsAlert variant="error" live heading={save.error.problem.title} problems={server} />
        ) : (
          <ErrorAlert error={save.error} />
        )}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={id('name')}
          label={t('costs.form.name')}
          required
          autoComplete="off"
          value={form.name}
          onChange={(e) => change({ name: e.target.value })}
          error={errorFor('$.name')}
        />
        <TextAreaField
          id={id('description')}
          label={t('costs.form.description')}
          rows={3}
          value={form.description}
          onChange={(e) => change({ description: e.target.value })}
          error={errorFor('$.description')}
        />
        <fieldset className="mt-5">
          <legend className="h3">{t('costs.form.termsHeading')}</legend>
          <div className="form-row">
            <TextField
              id={id('period-start')}
              label={t('costs.form.periodStart')}
              type="date"
              required
              value={form.periodStart}
              onChange={(e) => change({ periodStart: e.target.value })}
              error={errorFor('$.period.start') ?? errorFor('$.period')}
            />
            <TextField
              id={id('period-end')}
              label={t('costs.form.periodEnd')}
              hint={t('costs.form.periodEndHint')}
              type="date"
              required
              value={form.periodEnd}
              onChange={(e) => change({ periodEnd: e.target.value })}
              error={errorFor('$.period.end')}
            />
          </div>
          <SelectField
            id={id('invoicing')}
            label={t('costs.form.invoicing')}
            value={form.invoicing}
            onChange={(e) => change({ invoicing: e.target.value as FormState['invoicing'] })}
            options={(['kombit', 'yearly'] as const).map((v) => ({ value: v, label: t(`costs.form.invoicingChoices.${v}`) }))}
            error={errorFor('$.invoicing')}
          />
          <SelectField
            id={id('proration')}
            label={t('costs.form.proration')}
            value={form.proration}
            onChange={(e) => change({ proration: e.target.value as FormState['proration'] })}
            options={(['days', 'months'] as const).map((v) => ({ value: v, label: t(`costs.form.prorationChoices.${v}`) }))}
            error={errorFor('$.proration')}
          />
          <TextField
            id={id('population-date')}
            label={t('costs.form.populationDate')}
            hint={t('costs.form.populationDateHint')}
            autoComplete="off"
            value={form.populationDate}
            onChange={(e) => change({ populationDate: e.target.value })}
            error={errorFor('$.populationDate')}
          />
          <TextField
            id={id('pilot-free-months')}
            label={t('costs.form.pilotFreeMonths')}
            hint={t('costs.form.pilotFreeMonthsHint')}
            inputMode="numeric"
            autoComplete="off"
            value={form.pilotFreeMonths}
            onChange={(e) => change({ pilotFreeMonths: e.target.value })}
            error={errorFor('$.pilotFreeMonths')}
          />
          <SelectField
            id={id('exit-payment')}
            label={t('costs.form.exitPayment')}
            hint={t('costs.form.exitPaymentHint')}
            value={form.exitPayment}
            onChange={(e) => change({ exitPayment: e.target.value as FormState['exitPayment'] })}
            options={(['default', 'yes', 'no'] as const).map((v) => ({
              value: v,
              label: t(`costs.form.exitPaymentChoices.${v}`),
            }))}
            error={errorFor('$.exitPayment')}
          />
          <TextField
            id={id('business-case')}
            label={t('costs.form.businessCaseCosts')}
            hint={t('costs.form.businessCaseCostsHint')}
            inputMode="decimal"
            autoComplete="off"
            value={form.businessCaseCosts}
            onChange={(e) => change({ businessCaseCosts: e.target.value })}
            error={errorFor('$.businessCaseCosts')}
          />
        </fieldset>
        <ModelFields form={form} change={change} errorFor={errorFor} errorsUnder={errorsUnder} />
        <fieldset className="mt-5">
          <legend className="h3">{t('costs.form.comparisonHeading')}</legend>
          <CheckboxField
            id={id('comparison')}
            label={t('costs.form.comparison')}
            hint={t('costs.form.comparisonHint')}
            checked={form.comparison}
            onChange={(e) =>
              change({
                comparison: e.target.checked,
                comparisonJson: form.comparisonJson.trim() ? form.comparisonJson : exampleJson('per_inhabitant'),
              })
            }
          />
          {form.comparison ? (
            <>
              <TextField
                id={id('comparison-name')}
                label={t('costs.form.comparisonName')}
                hint={t('costs.form.comparisonNameHint')}
                autoComplete="off"
                value={form.comparisonName}
                onChange={(e) => change({ comparisonName: e.target.value })}
                error={errorFor('$.comparison.name')}
              />
              <TextAreaField
                id={id('comparison-json')}
                label={t('costs.form.comparisonJson')}
                hint={t('costs.form.comparisonJsonHint')}
                rows={8}
                spellCheck={false}
                value={form.comparisonJson}
                onChange={(e) => change({ comparisonJson: e.target.value })}
                error={errorsUnder('$.comparison.model') ?? errorFor('$.comparison')}
              />
            </>
          ) : null}
        </fieldset>
        <MembersField
          rows={form.members}
          onChange={(members) => change({ members })}
          municipalities={municipalities.data?.items ?? []}
          periodStart={form.periodStart}
          errorFor={errorFor}
        />
        {municipalities.isError ? <ErrorAlert error={municipalities.error} /> : null}
        <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
          {project ? t('costs.form.saveChanges') : t('costs.form.create')}
        </button>
      </form>
    </>
  );
}
