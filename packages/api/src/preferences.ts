import Type, { type Static, type TSchema } from 'typebox';

/**
 * A person's own settings, remembered across devices: a fixed set of keys, each with the shape of its value
 * (bounded, so that no one can store an unbounded number of keys or an arbitrarily deep value). A new setting
 * of the web app is added here.
 */
export const PREFERENCE_VALUES = {
  /** The optional columns chosen for the contract list (sort fields of the list, see ContractSort). */
  'contracts.columns': Type.Array(Type.String({ pattern: '^[A-Za-z]{1,40}$' }), { maxItems: 40, uniqueItems: true }),
} as const satisfies Record<string, TSchema>;

export const PREFERENCE_KEYS = Object.keys(PREFERENCE_VALUES) as Array<keyof typeof PREFERENCE_VALUES>;
export type PreferenceKey = keyof typeof PREFERENCE_VALUES;
export const PreferenceKey = Type.Unsafe<PreferenceKey>(
  Type.Union(
    PREFERENCE_KEYS.map((key) => Type.Literal(key)),
    { description: 'One of the settings the web app keeps, e.g. contracts.columns' },
  ),
);
export const PreferenceParams = Type.Object({ key: PreferenceKey }, { additionalProperties: false });
export const Preference = Type.Object({
  key: PreferenceKey,
  value: Type.Unknown({ description: 'The setting’s value in the shape its key declares; null when never set' }),
});
export type Preference = Static<typeof Preference>;
export const PutPreferenceRequest = Type.Object({ value: Type.Unknown() }, { additionalProperties: false });
export type PutPreferenceRequest = Static<typeof PutPreferenceRequest>;
