import { useTranslation } from 'react-i18next';
import { formatters } from '../../lib/format.ts';

/** The server writes its explanation in Danish with ISO dates; the dates are shown as Danish running text. */
const danish = formatters('da');
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * "Sådan er fristerne beregnet": the server's sentences on how the end and the notice date were found, in a DKFDS
 * details panel. The sentences are Danish in either language, so they are marked `lang="da"` for screen readers.
 */
export function DeadlineExplanation({ sentences }: { sentences: readonly string[] }) {
  const { t } = useTranslation();
  if (sentences.length === 0) return null;
  return (
    <details className="details deadline-explanation">
      <summary className="details-summary">
        <span className="details-summary-text">{t('contracts.deadlines.explanationSummary')}</span>
      </summary>
      <div className="details-text" lang="da">
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence.replace(ISO_DAY, (day) => danish.longDay(day))}</p>
        ))}
      </div>
    </details>
  );
}
