import type { ContractOption, CreateContractOptionRequest } from '@overblik/api';
import { CONTRACT_OPTION_FIELDS, type ContractOptionPlainField, plainFieldNames } from '@overblik/core';
import type { ErrorFor, InputReader } from './ContractForm.tsx';
import { kebab, useFieldInputs } from './declaredFields.tsx';

const NAMES: readonly ContractOptionPlainField[] = plainFieldNames(CONTRACT_OPTION_FIELDS);

/**
 * The fields of an option (forlængelsesoption or købsoption), for adding and editing one: inputs, labels, hints
 * and reading from the declaration (CONTRACT_OPTION_FIELDS); the layout and the rule that a purchase option has no
 * period length (its input hidden, none sent) and no periods hint are the form's.
 */
export function useOptionFields(idPrefix: string, initial?: ContractOption) {
  const option = useFieldInputs(CONTRACT_OPTION_FIELDS, NAMES, initial, {
    labels: 'contracts.options',
    id: (name) => `${idPrefix}-${kebab(name)}`,
    choices: { kind: 'contracts.optionKinds' },
  });
  const extension = option.value('kind') === 'extension';

  const read = (reader: InputReader): CreateContractOptionRequest =>
    option.read(reader, extension ? {} : { periodMonths: null }) as CreateContractOptionRequest;

  const fields = (errorFor: ErrorFor) => (
    <>
      {option.input('kind', errorFor)}
      {option.input('description', errorFor)}
      <div className="form-row">
        {option.input('periods', errorFor, { hint: extension })}
        {extension ? option.input('periodMonths', errorFor) : null}
        {option.input('leadTimeMonths', errorFor)}
      </div>
      {option.input('latestExerciseOn', errorFor)}
      <div className="form-row">
        {option.input('exercisedPeriods', errorFor)}
        {option.input('exercisedOn', errorFor)}
      </div>
    </>
  );

  return { read, fields };
}
