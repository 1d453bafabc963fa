import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { invoicesQuery } from '../../api/invoices.ts';
import { useFormat } from '../../lib/format.ts';

type Props = { organisationId: string; contractId: string; className?: string };

/** "Fakturaer" on a contract's page: how many invoices were matched to it, the open ones, and a link to them. */
export function ContractInvoicesSection({ organisationId, contractId, className }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const all = useQuery(invoicesQuery(organisationId, { status: 'all', contractId, limit: 1 })).data?.total;
  const open = useQuery(invoicesQuery(organisationId, { status: 'open', contractId, limit: 1 })).data?.total;
  return (
    <section aria-labelledby="contract-invoices" className={className}>
      <h2 id="contract-invoices">{t('invoices.contractSection.heading')}</h2>
      <p>
        {all === undefined || open === undefined
          ? t('common.loading')
          : all === 0
            ? t('invoices.contractSection.none')
            : t('invoices.contractSection.count', { count: all, n: format.number(all), open: format.number(open) })}
      </p>
      {all ? (
        <p>
          <Link to="/fakturaer" search={{ contractId, status: 'all' }}>
            {t('invoices.contractSection.link')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
