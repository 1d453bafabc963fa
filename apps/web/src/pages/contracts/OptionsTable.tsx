import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { AddInline } from './AddInline.tsx';
import { AddOptionForm } from './AddOptionForm.tsx';
import { OptionRow } from './OptionRow.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

/** The next deadline of each option with an open period: the first (earliest) one the server lists for it. */
function nextDeadlines(contract: ContractDetails): ReadonlyMap<string, string> {
  const next = new Map<string, string>();
  for (const d of contract.optionDeadlines) if (!next.has(d.optionId)) next.set(d.optionId, d.deadline);
  return next;
}

/** Options to extend the contract or buy more, how much of each has been used, and when the next period is due. */
export function OptionsTable({ contract, canWrite }: Props) {
  const { t } = useTranslation();
  const columns = canWrite ? 8 : 7;
  const deadlines = nextDeadlines(contract);
  return (
    <section aria-labelledby="contract-options" className="contract-subsection mt-6">
      <h3 id="contract-options">{t('contracts.options.heading')}</h3>
      {contract.options.length === 0 ? (
        <p>{t('contracts.options.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('contracts.options.caption', { name: contract.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contracts.options.kind')}</th>
                <th scope="col">{t('contracts.options.description')}</th>
                <th scope="col">{t('contracts.options.periods')}</th>
                <th scope="col">{t('contracts.options.latestExerciseOn')}</th>
                <th scope="col">{t('contracts.options.leadTimeMonths')}</th>
                <th scope="col">{t('contracts.options.deadline')}</th>
                <th scope="col">{t('contracts.options.exercised')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {contract.options.map((o) => (
                <OptionRow
                  key={o.id}
                  organisationId={contract.organisationId}
                  option={o}
                  deadline={deadlines.get(o.id) ?? null}
                  canWrite={canWrite}
                  columns={columns}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canWrite ? (
        <AddInline label={t('contracts.options.add')}>
          {(done) => <AddOptionForm organisationId={contract.organisationId} contractId={contract.id} onDone={done} />}
        </AddInline>
      ) : null}
    </section>
  );
}
