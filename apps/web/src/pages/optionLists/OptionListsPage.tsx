import { useTranslation } from 'react-i18next';
import { OPTION_LISTS } from '../../api/optionLists.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { useOptionListTitle } from '../../lib/useOptionListTitle.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { OptionListSection } from './OptionListSection.tsx';

export function OptionListsPage() {
  const { t } = useTranslation();
  const title = useOptionListTitle();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const lists = useOptionLists(id);
  const heading = <PageHeading title={t('optionLists.title')}>{t('optionLists.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const canAdminister = may('admin', id);
  return (
    <>
      {heading}
      <p className="font-lead">{canAdminister ? t('optionLists.introAdmin') : t('optionLists.introReader')}</p>
      <nav aria-labelledby="option-lists-contents" className="mb-6">
        <h2 id="option-lists-contents" className="h4">
          {t('optionLists.contents')}
        </h2>
        <ul>
          {OPTION_LISTS.map((list) => (
            <li key={list}>
              <a href={`#option-list-${list}`}>{title(list)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {lists.isPending ? <Loading /> : null}
      {lists.isError ? <ErrorAlert error={lists.error} /> : null}
      {lists.isSuccess
        ? OPTION_LISTS.map((list) => (
            <OptionListSection
              key={list}
              organisationId={id}
              list={list}
              values={lists.data.lists[list] ?? []}
              canAdminister={canAdminister}
            />
          ))
        : null}
    </>
  );
}
