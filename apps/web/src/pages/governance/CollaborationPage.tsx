import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import chevronLeft from 'dkfds-dist/img/svg-icons/chevron-left.svg';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractsQuery } from '../../api/contracts.ts';
import { bodiesQuery, collaborationQuery, createLevel } from '../../api/governance.ts';
import { membersQuery } from '../../api/members.ts';
import { supplierQuery } from '../../api/suppliers.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { CollaborationLevels } from './CollaborationLevels.tsx';
import { LevelEditor } from './LevelEditor.tsx';
import { NoLevels } from './NoLevels.tsx';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

const route = getRouteApi('/_authenticated/leverandoerer/$supplierId/samarbejdsorganisation');

/** Edits a supplier's collaboration organisation, or one of its contracts' own: levels, people, forums, escalation. */
export function CollaborationPage() {
  const { t } = useTranslation();
  const { supplierId } = route.useParams();
  const may = useMay();
  const id = useCurrentOrganisation().organisationId;
  const [contractId, setContractId] = useState('');
  const [newLevel, setNewLevel] = useState('');
  const enabled = id !== null;
  const supplier = useQuery({ ...supplierQuery(id ?? '', supplierId), enabled });
  const collaboration = useQuery({ ...collaborationQuery(id ?? '', supplierId, contractId || null), enabled });
  const contracts = useQuery({ ...contractsQuery(id ?? '', { supplierId, sort: 'number', limit: 200 }), enabled });
  const members = useQuery({ ...membersQuery(id ?? ''), enabled });
  const bodies = useQuery({ ...bodiesQuery(id ?? ''), enabled });
  const invalidate = useInvalidateGovernance(id ?? '');
  const add = useMutation({
    mutationFn: () => createLevel(id ?? '', supplierId, { name: newLevel, contractId: contractId || null }),
    onSuccess: async () => {
      setNewLevel('');
      await invalidate();
    },
  });
  const back = (
    <Link to="/leverandoerer/$supplierId" params={{ supplierId }} className="back-link">
      <img className="icon-svg" src={chevronLeft} alt="" aria-hidden="true" />
      {supplier.data?.name ?? t('suppliers.detailTitle')}
    </Link>
  );
  const title = supplier.data
    ? t('governance.collaboration.pageTitle', { name: supplier.data.name })
    : t('governance.collaboration.heading');
  const page = (content: ReactNode) => (
    <>
      {back}
      <PageHeading title={title}>{title}</PageHeading>
      {content}
    </>
  );
  if (id === null) return page(<NoOrganisation />);
  if (supplier.isPending || collaboration.isPending) return page(<Loading />);
  if (supplier.isError) return page(<ErrorAlert error={supplier.error} />);
  if (collaboration.isError) return page(<ErrorAlert error={collaboration.error} />);
  const canWrite = may('write', id);
  const levels = collaboration.data.levels;
  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return page(
    <>
      <p>{t('governance.collaboration.intro')}</p>
      <SelectField
        id="collaboration-scope"
        label={t('governance.collaboration.scope')}
        hint={t('governance.collaboration.scopeHint')}
        value={contractId}
        onChange={(e) => setContractId(e.target.value)}
        options={[
          { value: '', label: t('governance.collaboration.wholeSupplier') },
          ...(contracts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} ${c.name}` })),
        ]}
      />
      {levels.length === 0 ? (
        <NoLevels organisationId={id} supplierId={supplierId} contractId={contractId || null} canWrite={canWrite} />
      ) : null}
      {canWrite
        ? levels.map((level) => (
            <LevelEditor
              key={`${level.id}-${level.updatedAt}-${level.participants.length}`}
              organisationId={id}
              level={level}
              isTop={level.position === 0}
              members={members.data?.items ?? []}
              contacts={supplier.data.contacts}
              bodies={bodies.data?.items ?? []}
            />
          ))
        : null}
      {canWrite ? (
        <section aria-labelledby="add-level-heading" className="mt-7">
          <h2 id="add-level-heading">{t('governance.collaboration.addLevelHeading')}</h2>
          <ErrorAlert error={add.error} />
          <form onSubmit={onAdd} noValidate>
            <TextField
              id="new-level-name"
              label={t('governance.collaboration.levelName')}
              hint={t('governance.collaboration.addLevelHint')}
              value={newLevel}
              onChange={(e) => setNewLevel(e.target.value)}
              error={fieldError(add.error, '/name')}
              maxLength={200}
            />
            <button type="submit" className="button button-primary mt-5" disabled={add.isPending}>
              {t('governance.collaboration.addLevel')}
            </button>
          </form>
        </section>
      ) : null}
      {levels.length > 0 ? (
        <section aria-labelledby="collaboration-overview-heading" className="mt-7">
          <h2 id="collaboration-overview-heading">{t('governance.collaboration.overviewHeading')}</h2>
          <CollaborationLevels levels={levels} supplierName={supplier.data.name} />
        </section>
      ) : null}
    </>,
  );
}
