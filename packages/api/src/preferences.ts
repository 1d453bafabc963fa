import Type, { type Static } from 'typebox';

/** A person's own setting (for example the columns chosen for the contract list), remembered across devices. */
export const PreferenceKey = Type.String({ pattern: '^[a-z0-9._-]{1,60}$', description: 'e.g. contracts.columns' });
export const PreferenceParams = Type.Object({ key: PreferenceKey }, { additionalProperties: false });
export const Preference = Type.Object({
  key: PreferenceKey,
  value: Type.Unknown({ description: 'Any JSON value, at most 10 kB; null when never set' }),
});
export type Preference = Static<typeof Preference>;
export const PutPreferenceRequest = Type.Object({ value: Type.Unknown() }, { additionalProperties: false });
export type PutPreferenceRequest = Static<typeof PutPreferenceRequest>;
