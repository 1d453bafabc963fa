import type { Contract } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { DeclaredDetails } from './declaredFields.tsx';
import { EditableSection } from './EditableSection.tsx';
import { EditReferencesForm } from './EditReferencesForm.tsx';

type Props = { contract: Contract; canWrite: boolean };

/** "Referencer og noter": the declared reference fields (the ESDH/journal number …), links and free notes. */
export function ReferencesSection({ contract: c, canWrite }: Props) {
  const { t } = useTranslation();
  const title = t('contracts.sections.references');
  return (
    <EditableSection
      id="contract-references"
      title={title}
      canWrite={canWrite}
      view={
        <dl className="summary-list">
          <DeclaredDetails contract={c} section="references" />
          <dt>{t('contracts.fields.links')}</dt>
          <dd>
            {c.links.length === 0 ? (
              '–'
            ) : (
              <ul className="unstyled-list m-0">
                {c.links.map((link) => (
                  <li key={`${link.label}-${link.url}`}>
                    <a href={link.url} rel="noopener noreferrer">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('contracts.fields.notes')}</dt>
          <dd className="notes">{c.notes ?? '–'}</dd>
        </dl>
      }
      form={(done) => <EditReferencesForm contract={c} label={t('contracts.editSection', { section: title })} onDone={done} />}
    />
  );
}
