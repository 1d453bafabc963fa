import { buildUnitTree } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitsQuery } from '../../api/organisations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { CreateUnitForm } from './CreateUnitForm.tsx';
import { UnitTree } from './UnitTree.tsx';

type Props = { organisationId: string; canAdminister: boolean };

export function UnitsSection({ organisationId, canAdminister }: Props) {
  const { t } = useTranslation();
  const units = useQuery(unitsQuery(organisationId));

  return (
    <section aria-labelledby="units-heading" className="mt-6">
      <h2 id="units-heading">{t('units.title')}</h2>
      <p>{t('units.intro')}</p>
      {units.isPending ? <Loading /> : null}
      {units.isError ? <ErrorAlert error={units.error} /> : null}
      {units.isSuccess ? (
        units.data.items.length === 0 ? (
          <p>{t('units.none')}</p>
        ) : (
          <UnitTree nodes={buildUnitTree(units.data.items)} units={units.data.items} canAdminister={canAdminister} />
        )
      ) : null}
      {canAdminister && units.isSuccess ? <CreateUnitForm organisationId={organisationId} units={units.data.items} /> : null}
    </section>
  );
}
