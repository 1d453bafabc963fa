import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField.tsx';

/** The letter to the supplier, written when the invoice was disputed: read-only, to copy into an e-mail. */
export function DisputeText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div className="mt-5">
      <TextAreaField
        id="invoice-dispute-text"
        label={t('invoices.decision.disputeText')}
        hint={t('invoices.decision.disputeTextHint')}
        readOnly
        lang="da"
        rows={Math.min(20, Math.max(6, text.split('\n').length + 1))}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button button-secondary" onClick={copy}>
        {t('invoices.decision.copy')}
      </button>
      <span role="status" className="ml-3">
        {copied === 'yes' ? t('common.copied') : copied === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </div>
  );
}
