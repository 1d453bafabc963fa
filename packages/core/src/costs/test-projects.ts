import { planProject } from './plan.js';
import { readCostProject } from './project.js';

/** Builders of small project descriptions (JSON) for the cost-sharing tests. */
export type Json = Record<string, unknown>;

/** KOMBIT's shared-infrastructure price: 25 kr. per inhabitant, half above 150,000. */
export const KOMBIT_MODEL = { kind: 'per_inhabitant', rate: '25.00', kink: { threshold: 150_000, factor: '0.5' } };

export const member = (code: string, population: number, over: Json = {}): Json => ({
  code,
  name: `Kommune ${code}`,
  availableFrom: '2026-01-01',
  populations: [{ date: '2026-01-01', population }],
  ...over,
});

export const project = (over: Json = {}): Json => ({
  name: 'Fælleskommunalt system',
  period: { start: '2026-01-01', end: '2027-12-31' },
  model: KOMBIT_MODEL,
  members: [member('101', 160_000)],
  ...over,
});

export const plan = (json: Json) => planProject(readCostProject(json));
