import type { SegmentKey } from '@overblik/api';
import { SEGMENTS } from '@overblik/core';

/** The matrix page's filters in its address, so a filtered view can be shared and survives a reload. */
export type SegmentSearch = { segment?: SegmentKey | undefined; placed?: boolean | undefined; differs?: true | undefined };

export function validateSegmentSearch(search: Record<string, unknown>): SegmentSearch {
  const segment = SEGMENTS.find((s) => s === search.segment);
  const flag = (value: unknown) =>
    value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
  return { segment, placed: flag(search.placed), differs: flag(search.differs) === true ? true : undefined };
}
