import { OPTION_LISTS } from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Literals, Name, Uuid } from './common.js';

export const OptionListName = Literals(OPTION_LISTS, { description: 'Which option list (værdiliste)' });
export type OptionListName = Static<typeof OptionListName>;

export const OptionKey = Type.String({ pattern: '^[a-z0-9_]{1,80}$', description: 'Stable key of a value; never changes' });

export const OptionValue = Type.Object({
  key: OptionKey,
  label: Type.String({
    description: 'Danish default label (English with Accept-Language: en) unless the organisation renamed it',
  }),
  disabled: Type.Boolean({ description: 'Disabled values stay on existing objects but are not offered for new ones' }),
  custom: Type.Boolean({ description: 'Added by the organisation (not a default)' }),
});
export type OptionValue = Static<typeof OptionValue>;

export const OptionListsResponse = Type.Object({
  lists: Type.Record(Type.String(), Type.Array(OptionValue), { description: 'Every option list by name' }),
});
export type OptionListsResponse = Static<typeof OptionListsResponse>;

export const OptionListParams = Type.Object({ organisationId: Uuid, list: OptionListName }, { additionalProperties: false });
export const OptionValueParams = Type.Object(
  { organisationId: Uuid, list: OptionListName, key: OptionKey },
  { additionalProperties: false },
);

export const AddOptionRequest = Type.Object({ label: Name }, { additionalProperties: false });
export type AddOptionRequest = Static<typeof AddOptionRequest>;

export const UpdateOptionRequest = Type.Object(
  { label: Type.Optional(Name), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOptionRequest = Static<typeof UpdateOptionRequest>;
