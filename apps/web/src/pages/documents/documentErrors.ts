import { ApiError } from '../../api/client.ts';

/**
 * The translation key of an upload the server refused for the file itself (too large, empty, a type it does
 * not take), so the person is told what to do about the file; undefined for other problems.
 */
export function uploadProblemKey(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'payload_too_large' || error.status === 413) return 'documents.errors.tooLarge';
  if (error.code === 'document_empty') return 'documents.errors.empty';
  if (error.code === 'unsupported_media_type' || error.status === 415) return 'documents.errors.unsupportedType';
  return undefined;
}
