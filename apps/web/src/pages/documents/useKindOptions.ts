import type { DocumentInfo } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../components/SelectField.tsx';

export type DocumentKind = DocumentInfo['kind'];

const KINDS: readonly DocumentKind[] = ['working_copy', 'signed_original'];

/** Arbejdskopi and Underskrevet original, for a select. */
export function useKindOptions(): readonly Option[] {
  const { t } = useTranslation();
  return KINDS.map((kind) => ({ value: kind, label: t(`documents.kinds.${kind}`) }));
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (KINDS as readonly string[]).includes(value);
}
