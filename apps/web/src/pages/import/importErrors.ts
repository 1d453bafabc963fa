import type { ImportError } from '@overblik/api';
import { ApiError } from '../../api/client.ts';

/** The errors of a file the server refused as a whole (422 `import_invalid`), if that is what happened. */
export function importErrorsOf(error: unknown): ImportError[] | undefined {
  return error instanceof ApiError && error.code === 'import_invalid' ? (error.problem.importErrors ?? []) : undefined;
}
