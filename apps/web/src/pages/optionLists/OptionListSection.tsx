import type { OptionListName, OptionValue } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionListTitle } from '../../lib/useOptionListTitle.ts';
import { AddOptionForm } from './AddOptionForm.tsx';
import { OptionValueRow } from './OptionValueRow.tsx';

type Props = { organisationId: string; list: OptionListName; values: readonly OptionValue[]; canAdminister: boolean };

export function OptionListSection({ organisationId, list, values, canAdminister }: Props) {
  const { t } = useTranslation();
  const title = useOptionListTitle()(list);
  const headingId = `option-list-${list}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h2 id={headingId}>{title}</h2>
      <TableScroll>
        <table className="table table--compact">
          <caption className="sr-only">{t('optionLists.tableCaption', { list: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionLists.value')}</th>
              <th scope="col">{t('optionLists.key')}</th>
              <th scope="col">{t('optionLists.origin')}</th>
              <th scope="col">{t('optionLists.status')}</th>
              {canAdminister ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {values.map((value) => (
              <OptionValueRow
                key={value.key}
                organisationId={organisationId}
                list={list}
                value={value}
                canAdminister={canAdminister}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canAdminister ? <AddOptionForm organisationId={organisationId} list={list} title={title} /> : null}
    </section>
  );
}
