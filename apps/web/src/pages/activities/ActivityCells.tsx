import type { Activity } from '@overblik/api';
import { ActivityDescription } from './ActivityDescription.tsx';
import { ActivitySubject } from './ActivitySubject.tsx';
import { DerivedTag } from './DerivedTag.tsx';
import { useActivityTypes } from './useActivityTypes.ts';

/** The cells every activity row starts with after its date: type (with "Fra kontraktvilkår"), what, and optionally its contract or supplier. */
export function ActivityCells({ activity, showSubject }: { activity: Activity; showSubject: boolean }) {
  const types = useActivityTypes(activity.organisationId);
  return (
    <>
      <td>
        {types.label(activity.type)} {activity.derived ? <DerivedTag derivedKey={activity.derivedKey} /> : null}
      </td>
      <td>
        <ActivityDescription activity={activity} />
      </td>
      {showSubject ? (
        <td>
          <ActivitySubject activity={activity} />
        </td>
      ) : null}
    </>
  );
}
