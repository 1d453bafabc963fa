import type { CollaborationLevel, CreateEscalationRequest } from '@overblik/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { createEscalation, escalationsKey } from '../../api/escalations.ts';
import { bodiesQuery } from '../../api/governance.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';

type Props = {
  organisationId: string;
  /** Where the issue is raised: a meeting (and one of its items), or a supplier's collaboration organisation. */
  origin: Pick<CreateEscalationRequest, 'supplierId' | 'fromMeetingId' | 'fromAgendaItemId'>;
  /** The supplier's levels, to choose the level the issue is raised at (not for a meeting). */
  levels?: readonly CollaborationLevel[];
  title?: string;
  onDone?: () => void;
};

/**
 * "Eskalér": an issue sent one step up (the level above, or from the top level its governance body) or to a chosen
 * governance body; it lands on the receiving forum's next meeting's agenda.
 */
export function EscalateForm({ organisationId, origin, levels, title: initialTitle = '', onDone }: Props) {
  const { t } = useTranslation();
  const id = useId().replaceAll(':', '');
  const queryClient = useQueryClient();
  const bodies = useQuery(bodiesQuery(organisationId)).data?.items ?? [];
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState('');
  const [fromLevelId, setFromLevelId] = useState(levels?.at(-1)?.id ?? '');
  const [toBodyId, setToBodyId] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      createEscalation(organisationId, {
        ...origin,
        ...(levels && fromLevelId && { fromLevelId }),
        ...(toBodyId && { toBodyId }),
        title: title.trim(),
        description: description.trim() || null,
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: escalationsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
      ]);
      onDone?.();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3">
      {mutation.isSuccess ? <Alert variant="success" heading={t('escalations.sent', { to: mutation.data.to.name })} /> : null}
      <ErrorAlert error={mutation.error} />
      <TextField
        id={`${id}-title`}
        label={t('escalations.fields.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(mutation.error, 'title')}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('escalations.fields.description')}
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError(mutation.error, 'description')}
      />
      {levels ? (
        <SelectField
          id={`${id}-from`}
          label={t('escalations.fields.fromLevel')}
          value={fromLevelId}
          onChange={(e) => setFromLevelId(e.target.value)}
          options={levels.map((l) => ({ value: l.id, label: l.name }))}
          error={fieldError(mutation.error, 'fromLevelId')}
        />
      ) : null}
      <SelectField
        id={`${id}-to`}
        label={t('escalations.fields.to')}
        hint={t('escalations.fields.toHint')}
        value={toBodyId}
        onChange={(e) => setToBodyId(e.target.value)}
        options={[{ value: '', label: t('escalations.nextStep') }, ...bodies.map((b) => ({ value: b.id, label: b.name }))]}
        error={fieldError(mutation.error, 'toBodyId')}
      />
      <button type="submit" className="button button-primary mt-3" disabled={mutation.isPending || !title.trim()}>
        {t('escalations.submit')}
      </button>
    </form>
  );
}
