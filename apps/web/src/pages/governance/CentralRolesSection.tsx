import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centralRolesQuery, createCentralRole, deleteCentralRole } from '../../api/governance.ts';
import { membersQuery } from '../../api/members.ts';
import { unitsQuery } from '../../api/organisations.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { optionLabel, useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

type Props = { organisationId: string; canWrite: boolean };

/** The grundmodel roles held centrally (or for a unit); a contract's own responsibilities stay on the contract. */
export function CentralRolesSection({ organisationId, canWrite }: Props) {
  const { t } = useTranslation();
  const roles = useOptionList(organisationId, 'responsibility_role');
  const choices = useOptionChoices();
  const list = useQuery(centralRolesQuery(organisationId));
  const members = useQuery({ ...membersQuery(organisationId), enabled: canWrite });
  const units = useQuery({ ...unitsQuery(organisationId), enabled: canWrite });
  const [role, setRole] = useState('');
  const [userId, setUserId] = useState('');
  const [unitId, setUnitId] = useState('');
  const invalidate = useInvalidateGovernance(organisationId);
  const add = useMutation({
    mutationFn: () => createCentralRole(organisationId, { role, userId, unitId: unitId || null }),
    onSuccess: async () => {
      setRole('');
      setUserId('');
      setUnitId('');
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (centralRoleId: string) => deleteCentralRole(organisationId, centralRoleId),
    onSuccess: invalidate,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <section aria-labelledby="central-roles-heading" className="mt-7">
      <h2 id="central-roles-heading">{t('governance.centralRoles.heading')}</h2>
      <p>{t('governance.centralRoles.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && list.data.items.length === 0 ? <p>{t('governance.centralRoles.none')}</p> : null}
      {list.isSuccess && list.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('governance.centralRoles.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.fields.role')}</th>
                <th scope="col">{t('governance.fields.person')}</th>
                <th scope="col">{t('governance.fields.unit')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{optionLabel(roles, r.role)}</td>
                  <td>{r.name}</td>
                  <td>{r.unitName ?? t('governance.centralRoles.wholeOrganisation')}</td>
                  {canWrite ? (
                    <td>
                      <ConfirmAction
                        label={t('governance.centralRoles.remove')}
                        accessibleLabel={t('governance.centralRoles.removeNamed', {
                          role: optionLabel(roles, r.role),
                          name: r.name,
                        })}
                        question={t('governance.centralRoles.removeQuestion', { role: optionLabel(roles, r.role), name: r.name })}
                        confirmLabel={t('governance.centralRoles.remove')}
                        onConfirm={() => remove.mutate(r.id)}
                        pending={remove.isPending}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <ErrorAlert error={remove.error} />
      {canWrite ? (
        <form onSubmit={onSubmit} noValidate className="mt-5">
          <h3>{t('governance.centralRoles.addHeading')}</h3>
          <ErrorAlert error={add.error} />
          <SelectField
            id="central-role-role"
            label={t('governance.fields.role')}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            options={[{ value: '', label: t('governance.chooseRole') }, ...choices(roles, null)]}
            error={fieldError(add.error, '/role')}
          />
          <SelectField
            id="central-role-person"
            label={t('governance.fields.person')}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            options={[
              { value: '', label: t('governance.choosePerson') },
              ...(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
            ]}
            error={fieldError(add.error, '/userId')}
          />
          <SelectField
            id="central-role-unit"
            label={t('governance.fields.unit')}
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            options={[
              { value: '', label: t('governance.centralRoles.wholeOrganisation') },
              ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
            error={fieldError(add.error, '/unitId')}
          />
          <button type="submit" className="button button-primary mt-5" disabled={add.isPending || role === '' || userId === ''}>
            {t('governance.centralRoles.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
