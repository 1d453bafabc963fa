import uploadIcon from 'dkfds-dist/img/svg-icons/upload.svg';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '../../components/FormGroup.tsx';
import { FILE_INPUT_ID } from './importFocus.ts';

/**
 * A real file input (keyboard and screen readers use it as usual) inside a marked zone that also takes a
 * file dropped onto it.
 */
export function ImportFilePicker({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is an extra; the file input inside does the same for everyone
    <div
      className={`import-drop-zone${dragging ? ' import-drop-zone-active' : ''}`}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <p className="import-drop-zone-text" aria-hidden="true">
        <img className="icon-svg" src={uploadIcon} alt="" />
        {t('supplierImport.dropZone')}
      </p>
      <FormGroup id={FILE_INPUT_ID} label={t('supplierImport.fileLabel')} hint={t('supplierImport.fileHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
            }}
          />
        )}
      </FormGroup>
    </div>
  );
}
