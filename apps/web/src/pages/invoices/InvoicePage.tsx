import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { invoiceQuery } from '../../api/invoices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { AssignContractSection } from './AssignContractSection.tsx';
import { CheckAgainButton } from './CheckAgainButton.tsx';
import { DecisionSection } from './DecisionSection.tsx';
import { DeviationSummary } from './DeviationSummary.tsx';
import { DeviationsSection } from './DeviationsSection.tsx';
import { InvoiceFacts } from './InvoiceFacts.tsx';
import { InvoiceLinesSection } from './InvoiceLinesSection.tsx';
import { InvoiceStatusTag } from './InvoiceStatusTag.tsx';
import { InvoicesBackLink } from './InvoicesBackLink.tsx';
import { isUndecided } from './invoiceRules.ts';

const route = getRouteApi('/_authenticated/fakturaer/$invoiceId');

/**
 * One invoice or credit note: its header and how it was matched to a contract, what the check found, each line
 * beside its contract price element, and the decision. Editors may fix the matching while it is undecided.
 */
export function InvoicePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { invoiceId } = route.useParams();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const invoice = useQuery({ ...invoiceQuery(id ?? '', invoiceId), enabled: id !== null });
  const placeholder = (body: ReactNode) => (
    <>
      <InvoicesBackLink />
      <PageHeading title={t('invoices.detailTitle')}>{t('invoices.detailTitle')}</PageHeading>
      {body}
    </>
  );

  if (id === null) return placeholder(<NoOrganisation />);
  if (invoice.isPending) return placeholder(<Loading />);
  if (invoice.isError) return placeholder(<ErrorAlert error={invoice.error} />);

  const i = invoice.data;
  const canEdit = may('write', id) && isUndecided(i.status);
  const title = t('invoices.heading', { kind: t(`invoices.kinds.${i.kind}`), number: i.number });
  return (
    <>
      <InvoicesBackLink />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="font-lead contract-lead">
        <InvoiceStatusTag status={i.status} />{' '}
        <span>
          {t('invoices.lead', {
            supplier: i.supplierName ?? i.supplierCvr ?? '–',
            date: format.day(i.issueDate),
            amount: format.money(i.lineExtensionAmount, i.currency),
          })}
        </span>
      </p>
      <p>
        <DeviationSummary invoice={i} />
      </p>
      {canEdit ? <CheckAgainButton organisationId={id} invoiceId={i.id} /> : null}
      <InvoiceFacts organisationId={id} invoice={i} />
      <DeviationsSection invoice={i} />
      {canEdit ? <AssignContractSection organisationId={id} invoice={i} /> : null}
      <InvoiceLinesSection organisationId={id} invoice={i} canEdit={canEdit} />
      <DecisionSection organisationId={id} invoice={i} canAdminister={current.canAdminister} />
    </>
  );
}
