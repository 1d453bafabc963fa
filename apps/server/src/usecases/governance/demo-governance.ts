import type * as Api from '@overblik/api';
import type { Caller, Deps } from '../../context.js';
import { createDefaultLevels, updateLevel } from './collaboration.js';
import { createDrejebogBodies } from './governance-bodies.js';

/** The demo's forums and escalation limits of a supplier's default levels, top first. */
const DEMO_LEVELS: ReadonlyArray<Omit<Api.UpdateLevelRequest, 'escalationBodyId'>> = [
  { forum: 'Strategisk styregruppe', meetingsPerYear: 2, escalationDays: 30 },
  { forum: 'Samarbejdsudvalg', meetingsPerYear: 4, escalationDays: 14 },
  { forum: 'Driftsmøde', meetingsPerYear: 12, escalationDays: 5 },
];

/**
 * The demo's governance: the Drejebog's bodies, and a collaboration organisation for one supplier whose top level
 * escalates to the supplier management committee. Like the rest of the demo it may be run again: what exists is
 * kept, and the levels' forums and limits are set back to the demo's.
 */
export async function seedGovernanceDemo(deps: Deps, caller: Caller, organisationId: string, supplierId: string) {
  const { items } = await createDrejebogBodies(deps, caller, organisationId, 'da');
  const body = items.find((b) => b.key === 'leverandoerstyringsudvalg');
  const { levels } = await createDefaultLevels(deps, caller, organisationId, supplierId, {}, 'da');
  for (const [index, level] of levels.entries()) {
    const wanted = DEMO_LEVELS[index];
    if (!wanted) continue;
    const patch: Api.UpdateLevelRequest = { ...wanted, ...(index === 0 && body && { escalationBodyId: body.id }) };
    const differs = Object.entries(patch).some(([key, value]) => level[key as keyof typeof level] !== value);
    if (differs) await updateLevel(deps, caller, organisationId, supplierId, level.id, patch);
  }
}
