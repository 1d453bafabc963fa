/** Where the import wizard moves focus: the heading of a step's result, or the file input when choosing again. */
export const RESULT_HEADING_ID = 'import-result-heading';
export const FILE_INPUT_ID = 'import-file';
