import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { memberStatementQuery } from '../../api/costs.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { InvoicesTable } from './InvoicesTable.tsx';
import { YearTotalsSection } from './YearTotalsSection.tsx';

const route = getRouteApi('/_authenticated/faellesskaber/$projectId');

/**
 * The member's statement for one joint project: the rules used, what it pays per budget year, and each of its
 * invoices with the explanation printed on it.
 */
export function MemberStatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { projectId } = route.useParams();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const statement = useQuery({ ...memberStatementQuery(id ?? '', projectId), enabled: id !== null });
  const back = <BackLink to="/faellesskaber">{t('costs.statement.backToForecast')}</BackLink>;
  const placeholder = (body: ReactNode) => (
    <>
      {back}
      <PageHeading title={t('costs.statement.title')}>{t('costs.statement.title')}</PageHeading>
      {body}
    </>
  );
  if (id === null) return placeholder(<NoOrganisation />);
  if (statement.isPending) return placeholder(<Loading />);
  if (statement.isError) return placeholder(<ErrorAlert error={statement.error} />);

  const s = statement.data;
  const m = s.member;
  const day = (value: string | null) => (value ? format.day(value) : '–');
  return (
    <>
      {back}
      <PageHeading title={s.name}>{s.name}</PageHeading>
      <p className="font-lead">
        {t('costs.statement.lead', {
          organisation: s.jointOrganisationName,
          model: t(`costs.modelKinds.${s.modelKind}`),
          start: format.day(s.period.start),
          end: format.day(s.period.end),
        })}
      </p>
      <dl className="summary-list">
        <dt>{t('costs.columns.municipality')}</dt>
        <dd>
          {m.name} ({m.code})
        </dd>
        <dt>{t('costs.columns.wave')}</dt>
        <dd>{m.wave ?? '–'}</dd>
        <dt>{t('costs.columns.pilot')}</dt>
        <dd>{m.pilot ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('costs.columns.availableFrom')}</dt>
        <dd>{day(m.availableFrom)}</dd>
        <dt>{t('costs.statement.paysFrom')}</dt>
        <dd>{day(m.paysFrom)}</dd>
        <dt>{t('costs.statement.paysUntil')}</dt>
        <dd>{day(m.paysUntil)}</dd>
        <dt>{t('costs.columns.exitOn')}</dt>
        <dd>{day(m.exitOn)}</dd>
        <dt>{t('costs.columns.total')}</dt>
        <dd className="amount weight-semibold">{format.money(m.total, 'DKK')}</dd>
      </dl>
      <section aria-labelledby="statement-rule-heading" className="mt-7">
        <h2 id="statement-rule-heading">{t('costs.plan.ruleHeading')}</h2>
        <p lang="da" style={{ whiteSpace: 'pre-line' }}>
          {s.rule}
        </p>
      </section>
      <YearTotalsSection
        id="statement-years-heading"
        heading={t('costs.statement.yearsHeading')}
        caption={t('costs.statement.yearsCaption', { name: m.name })}
        seriesName={t('costs.forecast.series')}
        byYear={m.totalsByYear}
        total={m.total}
      />
      <section aria-labelledby="statement-invoices-heading" className="mt-7">
        <h2 id="statement-invoices-heading">{t('costs.statement.invoicesHeading')}</h2>
        <InvoicesTable invoices={m.invoices} caption={t('costs.plan.invoicesCaption', { name: m.name })} />
      </section>
    </>
  );
}
