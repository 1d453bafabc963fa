import type { GovernanceBody, OptionValue } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateBody } from '../../api/governance.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useOptionChoices } from '../../lib/optionChoices.ts';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

type Props = { body: GovernanceBody; bodies: readonly GovernanceBody[]; roles: readonly OptionValue[] };

const toLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The body's fields; the lists one item a line. The server refuses an escalation that loops, naming the field. */
export function EditBodyForm({ body, bodies, roles }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateGovernance(body.organisationId);
  const choices = useOptionChoices();
  const [name, setName] = useState(body.name);
  const [purpose, setPurpose] = useState(body.purpose ?? '');
  const [meetingsMin, setMeetingsMin] = useState(body.meetingsMin?.toString() ?? '');
  const [meetingsMax, setMeetingsMax] = useState(body.meetingsMax?.toString() ?? '');
  const [participantRoles, setParticipantRoles] = useState<string[]>(body.participantRoles);
  const [inputs, setInputs] = useState(body.inputs.join('\n'));
  const [outputs, setOutputs] = useState(body.outputs.join('\n'));
  const [responsibilities, setResponsibilities] = useState(body.responsibilities.join('\n'));
  const [escalatesToId, setEscalatesToId] = useState(body.escalatesToId ?? '');
  const [escalatesToText, setEscalatesToText] = useState(body.escalatesToText ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      updateBody(body.organisationId, body.id, {
        name,
        purpose: purpose || null,
        meetingsMin: toNumber(meetingsMin),
        meetingsMax: toNumber(meetingsMax),
        participantRoles,
        inputs: toLines(inputs),
        outputs: toLines(outputs),
        responsibilities: toLines(responsibilities),
        escalatesToId: escalatesToId || null,
        escalatesToText: escalatesToText || null,
      }),
    onSuccess: invalidate,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const error = (field: string) => fieldError(mutation.error, field);
  return (
    <section aria-labelledby="edit-body-heading" className="mt-7">
      <h2 id="edit-body-heading">{t('governance.bodies.editHeading')}</h2>
      {mutation.isSuccess ? <Alert variant="success" heading={t('governance.bodies.saved')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="body-name"
          label={t('governance.fields.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error('/name')}
        />
        <TextAreaField
          id="body-purpose"
          label={t('governance.fields.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          error={error('/purpose')}
          rows={3}
        />
        <TextField
          id="body-meetings-min"
          label={t('governance.fields.meetingsMin')}
          hint={t('governance.bodies.meetingsHint')}
          inputMode="numeric"
          value={meetingsMin}
          onChange={(e) => setMeetingsMin(e.target.value)}
          error={error('/meetingsMin')}
        />
        <TextField
          id="body-meetings-max"
          label={t('governance.fields.meetingsMax')}
          inputMode="numeric"
          value={meetingsMax}
          onChange={(e) => setMeetingsMax(e.target.value)}
          error={error('/meetingsMax')}
        />
        <CheckboxGroup
          id="body-roles"
          legend={t('governance.fields.participantRoles')}
          hint={t('governance.bodies.rolesHint')}
          options={choices(roles, participantRoles)}
          values={participantRoles}
          onChange={setParticipantRoles}
          error={error('/participantRoles')}
        />
        {(
          [
            ['inputs', inputs, setInputs],
            ['outputs', outputs, setOutputs],
            ['responsibilities', responsibilities, setResponsibilities],
          ] as const
        ).map(([field, value, set]) => (
          <TextAreaField
            key={field}
            id={`body-${field}`}
            label={t(`governance.fields.${field}`)}
            hint={t('governance.bodies.linesHint')}
            value={value}
            onChange={(e) => set(e.target.value)}
            error={error(`/${field}`)}
            rows={4}
          />
        ))}
        <SelectField
          id="body-escalates-to"
          label={t('governance.fields.escalatesTo')}
          value={escalatesToId}
          onChange={(e) => setEscalatesToId(e.target.value)}
          options={[
            { value: '', label: t('governance.bodies.noBody') },
            ...bodies.filter((b) => b.id !== body.id).map((b) => ({ value: b.id, label: b.name })),
          ]}
          error={error('/escalatesToId')}
        />
        <TextField
          id="body-escalates-to-text"
          label={t('governance.fields.escalatesToText')}
          hint={t('governance.bodies.escalatesToTextHint')}
          value={escalatesToText}
          onChange={(e) => setEscalatesToText(e.target.value)}
          error={error('/escalatesToText')}
          maxLength={200}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
