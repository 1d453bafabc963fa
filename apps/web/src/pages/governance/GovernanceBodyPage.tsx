import type { GovernanceBody } from '@overblik/api';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bodiesQuery, bodyQuery, deleteBody } from '../../api/governance.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { BodyEscalationsSection } from '../escalations/BodyEscalationsSection.tsx';
import { BodyMembersSection } from './BodyMembersSection.tsx';
import { EditBodyForm } from './EditBodyForm.tsx';
import { meetingsLabel } from './meetingsLabel.ts';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

const route = getRouteApi('/_authenticated/leverandoerstyring/styringsorganer/$bodyId');

/** One governance body: what it is for, who sits in it, where it escalates; edited by those who may write. */
export function GovernanceBodyPage() {
  const { t } = useTranslation();
  const { bodyId } = route.useParams();
  const may = useMay();
  const id = useCurrentOrganisation().organisationId;
  const body = useQuery({ ...bodyQuery(id ?? '', bodyId), enabled: id !== null });
  const all = useQuery({ ...bodiesQuery(id ?? ''), enabled: id !== null });
  const roles = useOptionList(id, 'responsibility_role');
  const back = <BackLink to="/leverandoerstyring/styringsorganer">{t('governance.bodies.backToList')}</BackLink>;
  const placeholder = (content: ReactNode) => (
    <>
      {back}
      <PageHeading title={t('governance.bodies.title')}>{t('governance.bodies.title')}</PageHeading>
      {content}
    </>
  );
  if (id === null) return placeholder(<NoOrganisation />);
  if (body.isPending) return placeholder(<Loading />);
  if (body.isError) return placeholder(<ErrorAlert error={body.error} />);
  const b = body.data;
  const canWrite = may('write', id);
  const escalatesTo = all.data?.items.find((o) => o.id === b.escalatesToId);
  const list = (items: readonly string[]) =>
    items.length === 0 ? (
      '–'
    ) : (
      <ul className="mt-0 mb-0">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  return (
    <>
      {back}
      <PageHeading title={b.name}>{b.name}</PageHeading>
      {b.purpose ? <p>{b.purpose}</p> : null}
      <dl className="summary-list">
        <Row label={t('governance.fields.meetings')}>{meetingsLabel(t, b.meetingsMin, b.meetingsMax)}</Row>
        <Row label={t('governance.fields.participantRoles')}>{list(b.participantRoles.map((r) => optionLabel(roles, r)))}</Row>
        <Row label={t('governance.fields.inputs')}>{list(b.inputs)}</Row>
        <Row label={t('governance.fields.outputs')}>{list(b.outputs)}</Row>
        <Row label={t('governance.fields.responsibilities')}>{list(b.responsibilities)}</Row>
        <Row label={t('governance.fields.escalatesTo')}>
          {escalatesTo ? (
            <Link to="/leverandoerstyring/styringsorganer/$bodyId" params={{ bodyId: escalatesTo.id }}>
              {escalatesTo.name}
            </Link>
          ) : null}
          {escalatesTo && b.escalatesToText ? ', ' : null}
          {b.escalatesToText ?? (escalatesTo ? null : '–')}
        </Row>
        <Row label={t('governance.fields.escalationFrom')}>
          {b.escalationFrom.length === 0
            ? '–'
            : b.escalationFrom.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? ', ' : null}
                  <Link to="/leverandoerstyring/styringsorganer/$bodyId" params={{ bodyId: f.id }}>
                    {f.name}
                  </Link>
                </span>
              ))}
        </Row>
      </dl>
      <BodyMembersSection body={b} canWrite={canWrite} />
      <BodyEscalationsSection body={b} canWrite={canWrite} />
      {canWrite ? <EditBodyForm key={b.updatedAt} body={b} bodies={all.data?.items ?? []} roles={roles} /> : null}
      {canWrite ? <DeleteBody body={b} /> : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function DeleteBody({ body }: { body: GovernanceBody }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateGovernance(body.organisationId);
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => deleteBody(body.organisationId, body.id),
    onSuccess: async () => {
      await invalidate();
      await navigate({ to: '/leverandoerstyring/styringsorganer' });
    },
  });
  return (
    <section aria-labelledby="delete-body-heading" className="mt-7">
      <h2 id="delete-body-heading">{t('governance.bodies.deleteHeading')}</h2>
      <ErrorAlert error={mutation.error} />
      <ConfirmAction
        label={t('governance.bodies.delete')}
        question={t('governance.bodies.deleteQuestion', { name: body.name })}
        confirmLabel={t('governance.bodies.deleteConfirm')}
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
      />
    </section>
  );
}
