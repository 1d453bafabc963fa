import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert.tsx';

type Props = { id: string; label: string; value: string; warning: string };

/** A secret shown once: selectable read-only field, a copy button and a warning that it will not be shown again. */
export function CopyableSecret({ id, label, value, warning }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <Alert variant="warning" heading={warning}>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <input
          className="form-input input-width-xl secret-value"
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="mt-3">
        <button type="button" className="button button-secondary" onClick={copy}>
          {t('common.copy')}
        </button>
        <span role="status" className="ml-3">
          {copied === 'yes' ? t('common.copied') : copied === 'failed' ? t('common.copyFailed') : ''}
        </span>
      </div>
    </Alert>
  );
}
