import type { CostUsageImportReport } from '@overblik/api';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { costProjectsKey, importCostUsage } from '../../api/costs.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { CheckedFileImport } from '../import/CheckedFileImport.tsx';
import type { OutsideItem } from './costData.ts';

type Props = { organisationId: string; projectId: string; items: readonly OutsideItem[] };

/**
 * "Forbrug uden for buffeten": the items a buffet project bills per unit to the municipality that used them (CPR
 * look-ups), with the years their usage is known for, and the import of a year's usage from the supplier's or the
 * operator's statement — checked first, then imported all or nothing; the usage invoices follow in the plan.
 */
export function UsageImportSection({ organisationId, projectId, items }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(items[0]?.name ?? '');
  const item = items.find((i) => i.name === chosen) ?? items[0];
  if (!item) return null;
  const years = (list: readonly number[]) =>
    list.length === 0 ? t('costs.usage.noYears') : list.map((y) => String(y)).join(', ');
  return (
    <section aria-labelledby="usage-import-heading" className="mt-7">
      <h2 id="usage-import-heading">{t('costs.usage.heading')}</h2>
      <p>{t('costs.usage.intro')}</p>
      <TableScroll>
        <table className="table table--compact">
          <caption>{t('costs.usage.itemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.usage.item')}</th>
              <th scope="col" className="align-text-right">
                {t('costs.usage.unitPrice')}
              </th>
              <th scope="col">{t('costs.usage.years')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.name}>
                <th scope="row">{i.name}</th>
                <td className="align-text-right nowrap">{format.kroner(i.unitPrice)}</td>
                <td>{years(i.years)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('costs.usage.importHeading')}</h3>
      <ul>
        <li>{t('costs.usage.guideColumns')}</li>
        <li>{t('costs.usage.guideReplace')}</li>
        <li>{t('costs.usage.guideMembers')}</li>
        <li>{t('import.guideAllOrNothing')}</li>
      </ul>
      {items.length > 1 ? (
        <SelectField
          id="usage-item"
          label={t('costs.usage.item')}
          value={item.name}
          onChange={(e) => setChosen(e.target.value)}
          options={items.map((i) => ({ value: i.name, label: i.name }))}
        />
      ) : null}
      <CheckedFileImport<CostUsageImportReport>
        key={item.name}
        id="usage-file"
        label={t('costs.usage.fileLabel', { item: item.name })}
        run={(file, dryRun) => importCostUsage(organisationId, projectId, item.name, file, dryRun)}
        count={(report) => report.municipalities}
        submitLabel={(count) => t('costs.usage.submit', { count, n: format.number(count), item: item.name })}
        report={(report) => (
          <dl className="summary-list">
            <dt>{t('costs.usage.item')}</dt>
            <dd>{report.item}</dd>
            <dt>{t('costs.usage.report.years')}</dt>
            <dd>{years(report.years)}</dd>
            <dt>{t('costs.usage.report.municipalities')}</dt>
            <dd>{format.number(report.municipalities)}</dd>
            <dt>{t('costs.usage.report.units')}</dt>
            <dd>{format.number(report.units)}</dd>
          </dl>
        )}
        done={(report) =>
          t('costs.usage.done', {
            item: report.item,
            years: years(report.years),
            count: report.municipalities,
            n: format.number(report.municipalities),
            units: format.number(report.units),
          })
        }
        onImported={() =>
          Promise.all([costProjectsKey(organisationId), ['audit']].map((queryKey) => queryClient.invalidateQueries({ queryKey })))
        }
      />
    </section>
  );
}
