import type { PersonDuties } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { whoDoesWhatExportUrl, whoDoesWhatQuery } from '../../api/governance.ts';
import { membersQuery } from '../../api/members.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { CentralRolesSection } from './CentralRolesSection.tsx';

/** "Hvem gør hvad": per person the roles, contracts, suppliers, governance bodies and open activities. */
export function WhoDoesWhatPage() {
  const { t } = useTranslation();
  const may = useMay();
  const id = useCurrentOrganisation().organisationId;
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const query = { ...(userId && { userId }), ...(role && { role }) };
  const who = useQuery({ ...whoDoesWhatQuery(id ?? '', query), enabled: id !== null });
  const members = useQuery({ ...membersQuery(id ?? ''), enabled: id !== null });
  const roles = useOptionList(id, 'responsibility_role');
  const activityTypes = useOptionList(id, 'activity_type');
  const heading = <PageHeading title={t('governance.who.title')}>{t('governance.who.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  return (
    <>
      {heading}
      <p>{t('governance.who.intro')}</p>
      <ExportLinks
        id="who-export-label"
        label={t('governance.who.exportLabel')}
        links={[
          { href: whoDoesWhatExportUrl(id, 'xlsx', query), label: t('suppliers.exportXlsx') },
          { href: whoDoesWhatExportUrl(id, 'csv', query), label: t('suppliers.exportCsv') },
        ]}
      />
      <div className="list-filters">
        <SelectField
          id="who-person"
          label={t('governance.fields.person')}
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          options={[
            { value: '', label: t('governance.who.everyone') },
            ...(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
          ]}
        />
        <SelectField
          id="who-role"
          label={t('governance.fields.role')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          options={[{ value: '', label: t('governance.who.anyRole') }, ...roles.map((r) => ({ value: r.key, label: r.label }))]}
        />
      </div>
      {who.isPending ? <Loading /> : null}
      {who.isError ? <ErrorAlert error={who.error} /> : null}
      {who.isSuccess && who.data.items.length === 0 ? <p>{t('governance.who.none')}</p> : null}
      {who.isSuccess && who.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('governance.who.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.fields.person')}</th>
                <th scope="col">{t('governance.who.centralRoles')}</th>
                <th scope="col">{t('governance.who.contractRoles')}</th>
                <th scope="col">{t('governance.who.suppliers')}</th>
                <th scope="col">{t('governance.who.bodies')}</th>
                <th scope="col">{t('governance.who.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {who.data.items.map((p) => (
                <PersonRow
                  key={p.userId}
                  person={p}
                  roleLabel={(key) => optionLabel(roles, key)}
                  typeLabel={(key) => optionLabel(activityTypes, key)}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <CentralRolesSection organisationId={id} canWrite={may('write', id)} />
    </>
  );
}

type RowProps = { person: PersonDuties; roleLabel: (key: string) => string; typeLabel: (key: string) => string };

function PersonRow({ person: p, roleLabel, typeLabel }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = (children: ReactNode[]) =>
    children.length === 0 ? (
      '–'
    ) : (
      <ul className="mt-0 mb-0">
        {children.map((child, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt with the row and never reordered
          <li key={i}>{child}</li>
        ))}
      </ul>
    );
  return (
    <tr>
      <th scope="row">{p.name}</th>
      <td>{items(p.centralRoles.map((r) => `${roleLabel(r.role)}${r.unitName ? ` (${r.unitName})` : ''}`))}</td>
      <td>
        {items(
          p.contractRoles.map((r) => (
            <Fragment key={`${r.role}-${r.contractId}`}>
              {roleLabel(r.role)}:{' '}
              <Link to="/kontrakter/$contractId" params={{ contractId: r.contractId }}>
                {r.contractNumber} {r.contractName}
              </Link>
            </Fragment>
          )),
        )}
      </td>
      <td>
        {items(
          p.suppliers.map((s) => (
            <Link key={s.id} to="/leverandoerer/$supplierId" params={{ supplierId: s.id }}>
              {s.name}
            </Link>
          )),
        )}
      </td>
      <td>
        {items(
          p.governanceBodies.map((b) => (
            <Link key={b.id} to="/leverandoerstyring/styringsorganer/$bodyId" params={{ bodyId: b.id }}>
              {b.name}
              {b.role ? ` (${b.role})` : ''}
            </Link>
          )),
        )}
      </td>
      <td>
        {items(
          p.openActivities.map((a) =>
            t('governance.who.activity', { title: a.title ?? typeLabel(a.type), due: format.day(a.dueOn) }),
          ),
        )}
      </td>
    </tr>
  );
}
