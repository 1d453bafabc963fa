import type { ImportError, ImportReport } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ImportDoneStep } from './ImportDoneStep.tsx';
import { ImportFileStep } from './ImportFileStep.tsx';
import { ImportPlanStep } from './ImportPlanStep.tsx';
import { importErrorsOf } from './importErrors.ts';
import { FILE_INPUT_ID, RESULT_HEADING_ID } from './importFocus.ts';
import type { ImportSubject } from './importSubject.ts';

/** Where the wizard is: choosing a file, looking at the dry run's plan (or errors), or done. */
type Step =
  | { step: 'choose' }
  | { step: 'plan'; file: File; report: ImportReport | null; errors: readonly ImportError[]; changedMeanwhile: boolean }
  | { step: 'done'; report: ImportReport };

type Props = { subject: ImportSubject; organisationId: string };

/**
 * An import in three steps. Choosing a file runs a dry run at once; its plan and every error are shown, and
 * only a file without errors can be imported. After each step, focus moves to the step's result heading.
 */
export function ImportWizard({ subject, organisationId }: Props) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ step: 'choose' });
  const [moved, setMoved] = useState(false);
  /** Whether the import creates the units the file names that the organisation lacks (offered by the plan). */
  const [createUnits, setCreateUnits] = useState(false);
  const unitsQuery = createUnits ? { createMissingUnits: true } : {};

  const check = useMutation({
    mutationFn: (file: File) => subject.run(organisationId, file, { dryRun: true, ...unitsQuery }),
    onSuccess: (report, file) => {
      setStep({ step: 'plan', file, report, errors: report.errors, changedMeanwhile: false });
    },
    onError: (error, file) => {
      const errors = importErrorsOf(error);
      if (errors) setStep({ step: 'plan', file, report: null, errors, changedMeanwhile: false });
    },
  });

  const apply = useMutation({
    mutationFn: (file: File) => subject.run(organisationId, file, unitsQuery),
    onSuccess: async (report) => {
      setStep({ step: 'done', report });
      await Promise.all(
        [...subject.changes(organisationId), ['audit']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    onError: (error) => {
      const errors = importErrorsOf(error);
      if (errors) setStep((s) => (s.step === 'plan' ? { ...s, errors, changedMeanwhile: true } : s));
    },
  });

  const recheck = useMutation({
    mutationFn: ({ file, create }: { file: File; create: boolean }) =>
      subject.run(organisationId, file, { dryRun: true, ...(create && { createMissingUnits: true }) }),
    onSuccess: (report, { file }) => setStep({ step: 'plan', file, report, errors: report.errors, changedMeanwhile: false }),
    onError: (error, { file }) => {
      const errors = importErrorsOf(error);
      if (errors) setStep({ step: 'plan', file, report: null, errors, changedMeanwhile: false });
    },
  });

  // Each new step is announced by moving focus to its result heading; going back, to the file input.
  useEffect(() => {
    if (!moved) return;
    const target = step.step === 'choose' ? FILE_INPUT_ID : RESULT_HEADING_ID;
    document.getElementById(target)?.focus();
  }, [step, moved]);

  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };

  const chooseAgain = () => {
    setCreateUnits(false);
    check.reset();
    apply.reset();
    go({ step: 'choose' });
  };

  if (step.step === 'done') return <ImportDoneStep subject={subject} report={step.report} onImportAnother={chooseAgain} />;
  if (step.step === 'plan')
    return (
      <ImportPlanStep
        subject={subject}
        fileName={step.file.name}
        report={step.report}
        errors={step.errors}
        changedMeanwhile={step.changedMeanwhile}
        importing={apply.isPending}
        importError={importErrorsOf(apply.error) ? null : (apply.error ?? recheck.error)}
        createUnits={createUnits}
        checking={recheck.isPending}
        onCreateUnits={(create) => {
          setCreateUnits(create);
          // The plan is checked again with the choice (the units planned, or their rows' errors).
          recheck.mutate({ file: step.file, create });
        }}
        onImport={() => {
          setMoved(true);
          apply.mutate(step.file);
        }}
        onChooseAnother={chooseAgain}
      />
    );
  return (
    <ImportFileStep
      subject={subject}
      organisationId={organisationId}
      checking={check.isPending ? (check.variables?.name ?? '') : null}
      error={check.error}
      onFile={(file) => {
        if (check.isPending) return;
        setMoved(true);
        check.mutate(file);
      }}
    />
  );
}
