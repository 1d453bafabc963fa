import { calendarDateInDenmark } from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { DeadlineGroup } from './DeadlineGroup.tsx';
import { DEADLINE_GROUPS, groupQuery } from './deadlineRanges.ts';
import type { DeadlineFilter } from './deadlineSearch.ts';

type Props = { organisationId: string; filter: DeadlineFilter; canWrite: boolean };

/** The list view: the open activities by how soon they are due, the overdue ones first. */
export function DeadlineGroups({ organisationId, filter, canWrite }: Props) {
  const { t } = useTranslation();
  const today = calendarDateInDenmark(new Date());
  return (
    <>
      {DEADLINE_GROUPS.map((group) => (
        <DeadlineGroup
          key={group}
          organisationId={organisationId}
          id={`deadlines-${group}`}
          heading={t(`deadlines.groups.${group}`)}
          none={t(`deadlines.none.${group}`)}
          query={{ ...groupQuery(group, today), ...filter }}
          canWrite={canWrite}
        />
      ))}
    </>
  );
}
