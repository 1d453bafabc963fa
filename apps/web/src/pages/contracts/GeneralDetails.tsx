import type { ContractDetails } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unitsQuery } from '../../api/organisations.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { ContractLink } from './ContractLink.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

export function GeneralDetails({ contract: c, canWrite }: Props) {
  const { t } = useTranslation();
  const lists = useOptionLists(c.organisationId).data?.lists ?? {};
  const label = (list: string, key: string | null) => optionLabel(lists[list] ?? [], key);
  const units = useQuery(unitsQuery(c.organisationId)).data?.items ?? [];
  const unit = units.find((u) => u.id === c.responsibleUnitId);
  return (
    <dl className="summary-list">
      <dt>{t('contracts.fields.number')}</dt>
      <dd>{c.number}</dd>
      <dt>{t('contracts.fields.name')}</dt>
      <dd>{c.name}</dd>
      <dt>{t('contracts.fields.systemName')}</dt>
      <dd>{c.systemName ?? '–'}</dd>
      <dt>{t('contracts.fields.supplier')}</dt>
      <dd>
        {c.supplierId ? (
          <Link to="/leverandoerer/$supplierId" params={{ supplierId: c.supplierId }}>
            {c.supplierName ?? c.supplierId}
          </Link>
        ) : (
          '–'
        )}
      </dd>
      <dt>{t('contracts.fields.contractType')}</dt>
      <dd>{label('contract_type', c.contractType)}</dd>
      <dt>{t('contracts.fields.parent')}</dt>
      <dd>{c.parent ? <ContractLink contract={c.parent} /> : t('contracts.parent.isMain')}</dd>
      <dt>{t('contracts.fields.children')}</dt>
      <dd>
        {c.children.length === 0 ? <p className="m-0">{t('contracts.children.none')}</p> : null}
        {c.children.length > 0 ? (
          <ul className="unstyled-list m-0">
            {c.children.map((child) => (
              <li key={child.id}>
                <ContractLink contract={child} />
              </li>
            ))}
          </ul>
        ) : null}
        {canWrite ? (
          <Link to="/kontrakter/ny" search={{ parentId: c.id, supplierId: c.supplierId ?? undefined }}>
            {t('contracts.children.create')}
          </Link>
        ) : null}
      </dd>
      <dt>{t('contracts.fields.template')}</dt>
      <dd>{label('contract_template', c.template)}</dd>
      <dt>{t('contracts.fields.procurementForm')}</dt>
      <dd>{label('procurement_form', c.procurementForm)}</dd>
      <dt>{t('contracts.fields.skiAgreementNumber')}</dt>
      <dd>{c.skiAgreementNumber ?? '–'}</dd>
      <dt>{t('contracts.fields.agreementElements')}</dt>
      <dd>{c.agreementElements.length ? c.agreementElements.map((k) => label('agreement_element', k)).join(', ') : '–'}</dd>
      <dt>{t('contracts.fields.criticality')}</dt>
      <dd>
        {c.criticality ? t(`criticalities.${c.criticality}`) : '–'}
        {c.societallyCritical ? ` · ${t('contracts.fields.societallyCritical')}` : ''}
      </dd>
      <dt>{t('contracts.fields.tags')}</dt>
      <dd>{c.tags.length ? c.tags.join(', ') : '–'}</dd>
      <dt>{t('contracts.fields.responsibleUnit')}</dt>
      <dd>{c.responsibleUnitId ? (unit?.name ?? c.responsibleUnitId) : '–'}</dd>
      <dt>{t('contracts.fields.responsibilities')}</dt>
      <dd>
        {c.responsibilities.length === 0 ? (
          '–'
        ) : (
          <ul className="unstyled-list m-0">
            {c.responsibilities.map((r) => (
              <li key={`${r.role}-${r.userId}`}>
                {label('responsibility_role', r.role)}: {r.name}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('contracts.fields.description')}</dt>
      <dd className="notes">{c.description ?? '–'}</dd>
    </dl>
  );
}
