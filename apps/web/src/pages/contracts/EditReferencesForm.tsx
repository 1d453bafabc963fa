import type { Contract } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { ContractPatchForm } from './ContractPatchForm.tsx';
import { useDeclaredFields } from './declaredFields.tsx';
import { type LinkRow, LinksField } from './LinksField.tsx';

export function EditReferencesForm({ contract: c, label, onDone }: { contract: Contract; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const declared = useDeclaredFields(c, 'references');
  const [notes, setNotes] = useState(c.notes ?? '');
  const [links, setLinks] = useState<LinkRow[]>(() => c.links.map((l, i) => ({ key: i + 1, ...l })));
  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => ({
        ...declared.read(reader),
        links: links
          .filter((l) => l.label.trim() || l.url.trim())
          .map((l) => ({ label: l.label.trim() || l.url.trim(), url: l.url.trim() })),
        notes: reader.text(notes),
      })}
      fields={(errorFor) => (
        <>
          {declared.fields(errorFor)}
          <LinksField idPrefix="references" rows={links} onChange={setLinks} errorFor={errorFor} />
          <TextAreaField
            id="references-notes"
            label={t('contracts.fields.notes')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            error={errorFor('notes')}
          />
        </>
      )}
    />
  );
}
