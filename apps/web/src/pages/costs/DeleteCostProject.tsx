import type { CostProject } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { costProjectsKey, deleteCostProject } from '../../api/costs.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Deleting a project and its plan, after an inline confirmation. */
export function DeleteCostProject({ project }: { project: CostProject }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deleteCostProject(project.organisationId, project.id),
    onSuccess: async () => {
      // Forget the cached list first so the list page never shows the deleted project, not even for a moment.
      queryClient.removeQueries({ queryKey: [...costProjectsKey(project.organisationId), 'list'] });
      await navigate({ to: '/faellesprojekter' });
      queryClient.removeQueries({ queryKey: [...costProjectsKey(project.organisationId), project.id] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  return (
    <section aria-labelledby="delete-cost-project-heading" className="mt-7">
      <h2 id="delete-cost-project-heading">{t('costs.projects.deleteHeading')}</h2>
      <p>{t('costs.projects.deleteIntro')}</p>
      <ConfirmAction
        label={t('costs.projects.delete')}
        question={t('costs.projects.deleteQuestion', { name: project.name })}
        confirmLabel={t('costs.projects.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </section>
  );
}
